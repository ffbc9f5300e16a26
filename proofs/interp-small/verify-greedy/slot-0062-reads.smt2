(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_40 () Int)
(declare-fun phase_47 () Int)
(declare-fun phase_77 () Int)
(declare-fun phase_78 () Int)
(declare-fun phase_80 () Int)
(declare-fun phase_93 () Int)
(declare-fun phase_94 () Int)
(declare-fun phase_95 () Int)
(declare-fun phase_120 () Int)
(declare-fun phase_132 () Int)
(declare-fun phase_178 () Int)
(declare-fun phase_180 () Int)
(declare-fun phase_195 () Int)
(declare-fun read_value () Real)
(declare-fun x_84 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_40 8))
(assert
 (= phase_47 10))
(assert
 (= phase_77 18))
(assert
 (= phase_78 18))
(assert
 (= phase_80 19))
(assert
 (= phase_93 10))
(assert
 (= phase_94 10))
(assert
 (= phase_95 10))
(assert
 (= phase_120 26))
(assert
 (= phase_132 30))
(assert
 (= phase_178 30))
(assert
 (= phase_180 34))
(assert
 (= phase_195 10))
(assert
 (let ((?x6529 (* (- 1.0) x_84)))
 (let (($x16479 (>= boundary 35)))
 (let ((?x12842 (ite $x16479 ?x6529 0.0)))
 (let ((?x17827 (+ (ite (>= boundary 9) (* 1.0 x_84) 0.0) ?x12842)))
 (let (($x17841 (= read_value x_84)))
 (let (($x28366 (and (and (= read_index 11) (not false)) (= boundary (- phase_195 1)))))
 (let (($x10804 (and (and (= read_index 10) (not false)) (= boundary (- phase_180 1)))))
 (let (($x36957 (and (and (= read_index 9) (not false)) (= boundary (- phase_178 1)))))
 (let (($x11225 (and (and (= read_index 8) (not false)) (= boundary (- phase_132 1)))))
 (let (($x10837 (and (and (= read_index 7) (not false)) (= boundary (- phase_120 1)))))
 (let (($x20631 (and (and (= read_index 6) (not false)) (= boundary (- phase_95 1)))))
 (let (($x11908 (and (and (= read_index 5) (not false)) (= boundary (- phase_94 1)))))
 (let (($x6447 (and (and (= read_index 4) (not false)) (= boundary (- phase_93 1)))))
 (let (($x29900 (and (and (= read_index 3) (not (= phase_40 (- phase_80 1)))) (= boundary (- phase_80 2)))))
 (let (($x22548 (and (and (= read_index 2) (not false)) (= boundary (- phase_78 1)))))
 (let (($x26752 (and (and (= read_index 1) (not false)) (= boundary (- phase_77 1)))))
 (let (($x16292 (and (and (= read_index 0) (not false)) (= boundary (- phase_47 1)))))
 (let (($x16650 (or (and $x16292 $x17841) (and $x26752 $x17841) (and $x22548 $x17841) (and $x29900 $x17841) (and $x6447 $x17841) (and $x11908 $x17841) (and $x20631 $x17841) (and $x10837 $x17841) (and $x11225 $x17841) (and $x36957 $x17841) (and $x10804 $x17841) (and $x28366 $x17841))))
 (and $x16650 (and (distinct ?x17827 read_value) true)))))))))))))))))))))
(check-sat)
