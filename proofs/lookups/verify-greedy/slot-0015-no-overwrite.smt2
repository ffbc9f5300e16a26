(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_4 () Int)
(declare-fun phase_5 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_4 0))
(assert
 (= phase_5 2))
(assert
 (let (($x19215 (= value_index 1)))
 (let (($x6504 (and (and $x19215 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true)) true)))
 (let ((?x12575 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 3) (- 1.0) 0.0))))
 (let (($x1772 (= value_index 0)))
 (let (($x3328 (and (and $x1772 (and (distinct ?x12575 0.0) true)) (> (ite (> phase_5 phase_4) phase_5 phase_4) boundary))))
 (let (($x11250 (or (= boundary 1) (= boundary 3) (= boundary 5))))
 (and $x11250 (or $x3328 $x6504)))))))))
(check-sat)
