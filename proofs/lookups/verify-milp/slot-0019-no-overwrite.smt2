(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_15 () Int)
(declare-fun phase_107 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_15 0))
(assert
 (= phase_107 2))
(assert
 (let (($x8320 (= value_index 1)))
 (let (($x9944 (and (and $x8320 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true)) true)))
 (let ((?x11635 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 3) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x8122 (and (and $x37737 (and (distinct ?x11635 0.0) true)) (> (ite (> phase_107 phase_15) phase_107 phase_15) boundary))))
 (let (($x19497 (or (= boundary 1) (= boundary 3) (= boundary 5))))
 (and $x19497 (or $x8122 $x9944)))))))))
(check-sat)
