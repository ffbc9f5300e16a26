(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_53 () Int)
(declare-fun phase_951 () Int)
(declare-fun phase_978 () Int)
(declare-fun read_value () Real)
(declare-fun x_71 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_53 14))
(assert
 (= phase_951 50))
(assert
 (= phase_978 42))
(assert
 (let ((?x138849 (* (- 1.0) x_71)))
 (let (($x306816 (>= boundary 51)))
 (let ((?x160298 (ite $x306816 ?x138849 0.0)))
 (let (($x55364 (>= boundary 5)))
 (let ((?x114117 (ite $x55364 (* 1.0 x_71) 0.0)))
 (let ((?x83756 (+ ?x114117 ?x160298)))
 (let (($x222542 (= read_value x_71)))
 (let (($x41776 (and (and (= read_index 2) (not false)) (= boundary (- phase_978 1)))))
 (let (($x33768 (and (and (= read_index 1) (not false)) (= boundary (- phase_951 1)))))
 (let (($x219381 (and (and (= read_index 0) (not false)) (= boundary (- phase_53 1)))))
 (and (or (and $x219381 $x222542) (and $x33768 $x222542) (and $x41776 $x222542)) (and (distinct ?x83756 read_value) true)))))))))))))
(check-sat)
