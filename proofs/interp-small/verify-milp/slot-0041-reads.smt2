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
 (= phase_47 18))
(assert
 (= phase_77 18))
(assert
 (= phase_78 18))
(assert
 (= phase_80 19))
(assert
 (= phase_93 18))
(assert
 (= phase_94 18))
(assert
 (= phase_95 18))
(assert
 (= phase_120 30))
(assert
 (= phase_132 30))
(assert
 (= phase_178 34))
(assert
 (= phase_180 34))
(assert
 (= phase_195 34))
(assert
 (let ((?x8514 (* (- 1.0) x_84)))
 (let (($x21637 (>= boundary 35)))
 (let ((?x9456 (ite $x21637 ?x8514 0.0)))
 (let (($x16708 (>= boundary 9)))
 (let ((?x7483 (ite $x16708 (* 1.0 x_84) 0.0)))
 (let ((?x14448 (+ ?x7483 ?x9456)))
 (let (($x12026 (= read_value x_84)))
 (let (($x22391 (and (and (= read_index 11) (not false)) (= boundary (- phase_195 1)))))
 (let (($x7627 (and (and (= read_index 10) (not false)) (= boundary (- phase_180 1)))))
 (let (($x21492 (and (and (= read_index 9) (not false)) (= boundary (- phase_178 1)))))
 (let (($x32579 (and (and (= read_index 8) (not false)) (= boundary (- phase_132 1)))))
 (let (($x42269 (and (and (= read_index 7) (not false)) (= boundary (- phase_120 1)))))
 (let (($x19993 (and (and (= read_index 6) (not false)) (= boundary (- phase_95 1)))))
 (let (($x21366 (and (and (= read_index 5) (not false)) (= boundary (- phase_94 1)))))
 (let (($x15037 (and (and (= read_index 4) (not false)) (= boundary (- phase_93 1)))))
 (let (($x22496 (and (and (= read_index 3) (not (= phase_40 (- phase_80 1)))) (= boundary (- phase_80 2)))))
 (let (($x13888 (and (and (= read_index 2) (not false)) (= boundary (- phase_78 1)))))
 (let (($x22458 (and (and (= read_index 1) (not false)) (= boundary (- phase_77 1)))))
 (let (($x10164 (and (and (= read_index 0) (not false)) (= boundary (- phase_47 1)))))
 (let (($x1963 (or (and $x10164 $x12026) (and $x22458 $x12026) (and $x13888 $x12026) (and $x22496 $x12026) (and $x15037 $x12026) (and $x21366 $x12026) (and $x19993 $x12026) (and $x42269 $x12026) (and $x32579 $x12026) (and $x21492 $x12026) (and $x7627 $x12026) (and $x22391 $x12026))))
 (and $x1963 (and (distinct ?x14448 read_value) true)))))))))))))))))))))))
(check-sat)
