(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_22 () Int)
(declare-fun phase_58 () Int)
(declare-fun phase_95 () Int)
(declare-fun phase_132 () Int)
(declare-fun phase_169 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_38 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_22 2))
(assert
 (= phase_58 6))
(assert
 (= phase_95 6))
(assert
 (= phase_132 10))
(assert
 (= phase_169 10))
(assert
 (= phase_282 3))
(assert
 (let ((?x33004 (* (- 1.0) x_38)))
 (let (($x18406 (>= boundary 11)))
 (let ((?x33605 (ite $x18406 ?x33004 0.0)))
 (let ((?x53810 (+ (ite (>= boundary 3) (* 1.0 x_38) 0.0) ?x33605)))
 (let (($x85634 (= read_value x_38)))
 (let (($x105111 (= read_index 4)))
 (let (($x60466 (and (and $x105111 (not (= phase_22 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x27786 (and (and (= read_index 3) (not false)) (= boundary (- phase_169 1)))))
 (let (($x72012 (and (and (= read_index 2) (not false)) (= boundary (- phase_132 1)))))
 (let (($x7251 (and (and (= read_index 1) (not false)) (= boundary (- phase_95 1)))))
 (let (($x53532 (and (and (= read_index 0) (not false)) (= boundary (- phase_58 1)))))
 (let (($x9588 (or (and $x53532 $x85634) (and $x7251 $x85634) (and $x72012 $x85634) (and $x27786 $x85634) (and $x60466 $x85634))))
 (and $x9588 (and (distinct ?x53810 read_value) true)))))))))))))))
(check-sat)
