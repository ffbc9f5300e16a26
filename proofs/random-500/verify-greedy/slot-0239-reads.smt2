(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_422 () Int)
(declare-fun phase_425 () Int)
(declare-fun phase_431 () Int)
(declare-fun read_value () Real)
(declare-fun x_426 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_422 27))
(assert
 (= phase_425 32))
(assert
 (= phase_431 26))
(assert
 (let ((?x111350 (* (- 1.0) x_426)))
 (let (($x91408 (>= boundary 33)))
 (let ((?x112575 (ite $x91408 ?x111350 0.0)))
 (let ((?x108664 (+ (ite (>= boundary 15) (* 1.0 x_426) 0.0) ?x112575)))
 (let (($x90901 (= read_value x_426)))
 (let (($x117075 (and (and (= read_index 2) (not false)) (= boundary (- phase_431 1)))))
 (let (($x114812 (and (and (= read_index 1) (not false)) (= boundary (- phase_425 1)))))
 (let (($x112394 (and (and (= read_index 0) (not false)) (= boundary (- phase_422 2)))))
 (and (or (and $x112394 $x90901) (and $x114812 $x90901) (and $x117075 $x90901)) (and (distinct ?x108664 read_value) true)))))))))))
(check-sat)
