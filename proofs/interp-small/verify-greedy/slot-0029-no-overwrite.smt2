(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_25 () Int)
(declare-fun phase_38 () Int)
(declare-fun phase_144 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_25 6))
(assert
 (= phase_38 4))
(assert
 (= phase_144 31))
(assert
 (let (($x3004 (> boundary 31)))
 (let ((?x6461 (ite $x3004 (- 1.0) 0.0)))
 (let (($x11002 (> boundary 7)))
 (let ((?x18751 (ite $x11002 1.0 0.0)))
 (let (($x10788 (= value_index 1)))
 (let (($x11647 (and (and $x10788 (and (distinct (+ ?x18751 ?x6461) 0.0) true)) (> (ite (> phase_144 phase_25) phase_144 phase_25) boundary))))
 (let ((?x17073 (+ (ite (> boundary (- 1)) 1.0 0.0) (ite (> boundary 5) (- 1.0) 0.0))))
 (let (($x10261 (= value_index 0)))
 (let (($x5811 (and (and $x10261 (and (distinct ?x17073 0.0) true)) (> (ite (> phase_38 (- 1)) phase_38 (- 1)) boundary))))
 (let (($x40362 (= boundary (- 1))))
 (let (($x32547 (or $x40362 (= boundary 5) (= boundary 7) (= boundary 31))))
 (and $x32547 (or $x5811 $x11647))))))))))))))
(check-sat)
