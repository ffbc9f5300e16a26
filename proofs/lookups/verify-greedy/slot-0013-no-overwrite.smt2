(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_0 () Int)
(declare-fun phase_2 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_0 0))
(assert
 (= phase_2 2))
(assert
 (let (($x19215 (= value_index 1)))
 (let (($x11012 (and (and $x19215 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true)) true)))
 (let ((?x52050 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 3) (- 1.0) 0.0))))
 (let (($x1772 (= value_index 0)))
 (let (($x10665 (and (and $x1772 (and (distinct ?x52050 0.0) true)) (> (ite (> phase_2 phase_0) phase_2 phase_0) boundary))))
 (let (($x3039 (or (= boundary 1) (= boundary 3) (= boundary 5))))
 (and $x3039 (or $x10665 $x11012)))))))))
(check-sat)
