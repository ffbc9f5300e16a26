(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_19 () Int)
(declare-fun phase_55 () Int)
(declare-fun phase_92 () Int)
(declare-fun phase_129 () Int)
(declare-fun phase_166 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_35 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_19 2))
(assert
 (= phase_55 6))
(assert
 (= phase_92 10))
(assert
 (= phase_129 6))
(assert
 (= phase_166 10))
(assert
 (= phase_282 11))
(assert
 (let ((?x31966 (* (- 1.0) x_35)))
 (let (($x17940 (>= boundary 11)))
 (let ((?x41757 (ite $x17940 ?x31966 0.0)))
 (let ((?x44566 (+ (ite (>= boundary 3) (* 1.0 x_35) 0.0) ?x41757)))
 (let (($x60604 (= read_value x_35)))
 (let (($x41365 (= read_index 4)))
 (let (($x23680 (and (and $x41365 (not (= phase_19 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x28413 (and (and (= read_index 3) (not false)) (= boundary (- phase_166 1)))))
 (let (($x11557 (and (and (= read_index 2) (not false)) (= boundary (- phase_129 1)))))
 (let (($x23658 (and (and (= read_index 1) (not false)) (= boundary (- phase_92 1)))))
 (let (($x58608 (and (and (= read_index 0) (not false)) (= boundary (- phase_55 1)))))
 (let (($x5211 (or (and $x58608 $x60604) (and $x23658 $x60604) (and $x11557 $x60604) (and $x28413 $x60604) (and $x23680 $x60604))))
 (and $x5211 (and (distinct ?x44566 read_value) true)))))))))))))))
(check-sat)
