(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_242 () Int)
(declare-fun phase_290 () Int)
(declare-fun phase_549 () Int)
(declare-fun phase_557 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_242 12))
(assert
 (= phase_290 14))
(assert
 (= phase_549 20))
(assert
 (= phase_557 22))
(assert
 (let (($x188989 (> boundary 23)))
 (let ((?x166929 (ite $x188989 (- 1.0) 0.0)))
 (let (($x66153 (> boundary 21)))
 (let ((?x27717 (ite $x66153 1.0 0.0)))
 (let (($x174990 (= value_index 1)))
 (let (($x155631 (and (and $x174990 (and (distinct (+ ?x27717 ?x166929) 0.0) true)) (> (ite (> phase_557 phase_549) phase_557 phase_549) boundary))))
 (let ((?x60775 (+ (ite (> boundary 13) 1.0 0.0) (ite (> boundary 15) (- 1.0) 0.0))))
 (let (($x4254 (= value_index 0)))
 (let (($x150516 (and (and $x4254 (and (distinct ?x60775 0.0) true)) (> (ite (> phase_290 phase_242) phase_290 phase_242) boundary))))
 (let (($x246381 (= boundary 23)))
 (let (($x129285 (= boundary 21)))
 (let (($x149729 (= boundary 15)))
 (let (($x33564 (= boundary 13)))
 (let (($x8668 (or $x33564 $x149729 $x129285 $x246381)))
 (and $x8668 (or $x150516 $x155631)))))))))))))))))
(check-sat)
