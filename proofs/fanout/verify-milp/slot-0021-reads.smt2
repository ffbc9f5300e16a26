(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_12 () Int)
(declare-fun phase_48 () Int)
(declare-fun phase_85 () Int)
(declare-fun phase_122 () Int)
(declare-fun phase_159 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_28 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_12 2))
(assert
 (= phase_48 6))
(assert
 (= phase_85 10))
(assert
 (= phase_122 6))
(assert
 (= phase_159 10))
(assert
 (= phase_282 11))
(assert
 (let ((?x17147 (* (- 1.0) x_28)))
 (let (($x17940 (>= boundary 11)))
 (let ((?x27967 (ite $x17940 ?x17147 0.0)))
 (let ((?x38288 (+ (ite (>= boundary 3) (* 1.0 x_28) 0.0) ?x27967)))
 (let (($x60994 (= read_value x_28)))
 (let (($x41365 (= read_index 4)))
 (let (($x34802 (and (and $x41365 (not (= phase_12 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x63625 (and (and (= read_index 3) (not false)) (= boundary (- phase_159 1)))))
 (let (($x10947 (and (and (= read_index 2) (not false)) (= boundary (- phase_122 1)))))
 (let (($x46802 (and (and (= read_index 1) (not false)) (= boundary (- phase_85 1)))))
 (let (($x60180 (and (and (= read_index 0) (not false)) (= boundary (- phase_48 1)))))
 (let (($x29489 (or (and $x60180 $x60994) (and $x46802 $x60994) (and $x10947 $x60994) (and $x63625 $x60994) (and $x34802 $x60994))))
 (and $x29489 (and (distinct ?x38288 read_value) true)))))))))))))))
(check-sat)
