(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_40 () Int)
(declare-fun phase_41 () Int)
(declare-fun phase_69 () Int)
(declare-fun phase_70 () Int)
(declare-fun phase_72 () Int)
(declare-fun phase_85 () Int)
(declare-fun phase_86 () Int)
(declare-fun phase_87 () Int)
(declare-fun phase_114 () Int)
(declare-fun phase_126 () Int)
(declare-fun phase_157 () Int)
(declare-fun phase_159 () Int)
(declare-fun phase_193 () Int)
(declare-fun read_value () Real)
(declare-fun x_82 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_40 8))
(assert
 (= phase_41 10))
(assert
 (= phase_69 10))
(assert
 (= phase_70 10))
(assert
 (= phase_72 19))
(assert
 (= phase_85 18))
(assert
 (= phase_86 18))
(assert
 (= phase_87 18))
(assert
 (= phase_114 30))
(assert
 (= phase_126 30))
(assert
 (= phase_157 34))
(assert
 (= phase_159 34))
(assert
 (= phase_193 34))
(assert
 (let ((?x11600 (* (- 1.0) x_82)))
 (let (($x21637 (>= boundary 35)))
 (let ((?x11654 (ite $x21637 ?x11600 0.0)))
 (let (($x16708 (>= boundary 9)))
 (let ((?x6227 (ite $x16708 (* 1.0 x_82) 0.0)))
 (let ((?x14887 (+ ?x6227 ?x11654)))
 (let (($x14985 (= read_value x_82)))
 (let (($x32579 (and (and (= read_index 11) (not false)) (= boundary (- phase_193 1)))))
 (let (($x8836 (and (and (= read_index 10) (not false)) (= boundary (- phase_159 1)))))
 (let (($x30924 (and (and (= read_index 9) (not false)) (= boundary (- phase_157 1)))))
 (let (($x44085 (and (and (= read_index 8) (not false)) (= boundary (- phase_126 1)))))
 (let (($x22568 (and (and (= read_index 7) (not false)) (= boundary (- phase_114 1)))))
 (let (($x28957 (and (and (= read_index 6) (not false)) (= boundary (- phase_87 1)))))
 (let (($x10885 (and (and (= read_index 5) (not false)) (= boundary (- phase_86 1)))))
 (let (($x22260 (and (and (= read_index 4) (not false)) (= boundary (- phase_85 1)))))
 (let (($x13192 (and (and (= read_index 3) (not (= phase_40 (- phase_72 1)))) (= boundary (- phase_72 2)))))
 (let (($x17826 (and (and (= read_index 2) (not false)) (= boundary (- phase_70 1)))))
 (let (($x27286 (and (and (= read_index 1) (not false)) (= boundary (- phase_69 1)))))
 (let (($x13244 (and (and (= read_index 0) (not false)) (= boundary (- phase_41 1)))))
 (let (($x3783 (or (and $x13244 $x14985) (and $x27286 $x14985) (and $x17826 $x14985) (and $x13192 $x14985) (and $x22260 $x14985) (and $x10885 $x14985) (and $x28957 $x14985) (and $x22568 $x14985) (and $x44085 $x14985) (and $x30924 $x14985) (and $x8836 $x14985) (and $x32579 $x14985))))
 (and $x3783 (and (distinct ?x14887 read_value) true)))))))))))))))))))))))
(check-sat)
