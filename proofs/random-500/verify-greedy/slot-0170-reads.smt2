(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_248 () Int)
(declare-fun phase_347 () Int)
(declare-fun phase_408 () Int)
(declare-fun read_value () Real)
(declare-fun x_178 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_248 16))
(assert
 (= phase_347 18))
(assert
 (= phase_408 30))
(assert
 (let ((?x111556 (* (- 1.0) x_178)))
 (let (($x23693 (>= boundary 31)))
 (let ((?x111735 (ite $x23693 ?x111556 0.0)))
 (let ((?x114791 (+ (ite (>= boundary 11) (* 1.0 x_178) 0.0) ?x111735)))
 (let (($x107074 (= read_value x_178)))
 (let (($x113472 (and (and (= read_index 2) (not false)) (= boundary (- phase_408 1)))))
 (let (($x111373 (and (and (= read_index 1) (not false)) (= boundary (- phase_347 1)))))
 (let (($x118174 (and (and (= read_index 0) (not false)) (= boundary (- phase_248 1)))))
 (and (or (and $x118174 $x107074) (and $x111373 $x107074) (and $x113472 $x107074)) (and (distinct ?x114791 read_value) true)))))))))))
(check-sat)
