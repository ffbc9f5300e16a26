(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_241 () Int)
(declare-fun phase_288 () Int)
(declare-fun phase_432 () Int)
(declare-fun phase_496 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_241 12))
(assert
 (= phase_288 14))
(assert
 (= phase_432 20))
(assert
 (= phase_496 22))
(assert
 (let (($x188989 (> boundary 23)))
 (let ((?x113010 (ite $x188989 (- 1.0) 0.0)))
 (let (($x66153 (> boundary 21)))
 (let ((?x194346 (ite $x66153 1.0 0.0)))
 (let (($x174990 (= value_index 1)))
 (let (($x145398 (and (and $x174990 (and (distinct (+ ?x194346 ?x113010) 0.0) true)) (> (ite (> phase_496 phase_432) phase_496 phase_432) boundary))))
 (let ((?x26838 (+ (ite (> boundary 13) 1.0 0.0) (ite (> boundary 15) (- 1.0) 0.0))))
 (let (($x4254 (= value_index 0)))
 (let (($x79915 (and (and $x4254 (and (distinct ?x26838 0.0) true)) (> (ite (> phase_288 phase_241) phase_288 phase_241) boundary))))
 (let (($x246381 (= boundary 23)))
 (let (($x129285 (= boundary 21)))
 (let (($x149729 (= boundary 15)))
 (let (($x33564 (= boundary 13)))
 (let (($x109581 (or $x33564 $x149729 $x129285 $x246381)))
 (and $x109581 (or $x79915 $x145398)))))))))))))))))
(check-sat)
