(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_27 () Int)
(declare-fun phase_63 () Int)
(declare-fun phase_100 () Int)
(declare-fun phase_137 () Int)
(declare-fun phase_174 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_43 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_27 2))
(assert
 (= phase_63 6))
(assert
 (= phase_100 6))
(assert
 (= phase_137 10))
(assert
 (= phase_174 10))
(assert
 (= phase_282 3))
(assert
 (let ((?x38981 (* (- 1.0) x_43)))
 (let (($x18406 (>= boundary 11)))
 (let ((?x56572 (ite $x18406 ?x38981 0.0)))
 (let (($x17771 (>= boundary 3)))
 (let ((?x29303 (ite $x17771 (* 1.0 x_43) 0.0)))
 (let ((?x59482 (+ ?x29303 ?x56572)))
 (let (($x44649 (= read_value x_43)))
 (let (($x105111 (= read_index 4)))
 (let (($x28825 (and (and $x105111 (not (= phase_27 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x86409 (and (and (= read_index 3) (not false)) (= boundary (- phase_174 1)))))
 (let (($x45337 (and (and (= read_index 2) (not false)) (= boundary (- phase_137 1)))))
 (let (($x20185 (and (and (= read_index 1) (not false)) (= boundary (- phase_100 1)))))
 (let (($x32461 (and (and (= read_index 0) (not false)) (= boundary (- phase_63 1)))))
 (let (($x31047 (or (and $x32461 $x44649) (and $x20185 $x44649) (and $x45337 $x44649) (and $x86409 $x44649) (and $x28825 $x44649))))
 (and $x31047 (and (distinct ?x59482 read_value) true)))))))))))))))))
(check-sat)
