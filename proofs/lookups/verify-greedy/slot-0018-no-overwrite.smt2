(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_14 () Int)
(declare-fun phase_106 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_14 0))
(assert
 (= phase_106 2))
(assert
 (let (($x19215 (= value_index 1)))
 (let (($x34900 (and (and $x19215 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true)) true)))
 (let ((?x11012 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 3) (- 1.0) 0.0))))
 (let (($x1772 (= value_index 0)))
 (let (($x19662 (and (and $x1772 (and (distinct ?x11012 0.0) true)) (> (ite (> phase_106 phase_14) phase_106 phase_14) boundary))))
 (let (($x2519 (or (= boundary 1) (= boundary 3) (= boundary 5))))
 (and $x2519 (or $x19662 $x34900)))))))))
(check-sat)
