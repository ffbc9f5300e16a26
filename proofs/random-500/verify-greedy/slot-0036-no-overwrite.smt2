(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_42 () Int)
(declare-fun phase_76 () Int)
(declare-fun phase_90 () Int)
(declare-fun phase_100 () Int)
(declare-fun phase_151 () Int)
(declare-fun phase_233 () Int)
(declare-fun phase_379 () Int)
(declare-fun phase_431 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_42 1))
(assert
 (= phase_76 4))
(assert
 (= phase_90 3))
(assert
 (= phase_100 8))
(assert
 (= phase_151 10))
(assert
 (= phase_233 14))
(assert
 (= phase_379 30))
(assert
 (= phase_431 26))
(assert
 (let (($x45255 (= value_index 1)))
 (let (($x121259 (and (and $x45255 (and (distinct (ite (> boundary 33) 1.0 0.0) 0.0) true)) true)))
 (let (($x18590 (> phase_76 phase_42)))
 (let ((?x18568 (ite $x18590 phase_76 phase_42)))
 (let (($x18571 (> phase_90 ?x18568)))
 (let ((?x18572 (ite $x18571 phase_90 ?x18568)))
 (let (($x18578 (> phase_100 ?x18572)))
 (let ((?x18558 (ite $x18578 phase_100 ?x18572)))
 (let (($x18563 (> phase_151 ?x18558)))
 (let ((?x18564 (ite $x18563 phase_151 ?x18558)))
 (let (($x18567 (> phase_233 ?x18564)))
 (let ((?x18549 (ite $x18567 phase_233 ?x18564)))
 (let (($x18551 (> phase_379 ?x18549)))
 (let ((?x18554 (ite $x18551 phase_379 ?x18549)))
 (let (($x18556 (> phase_431 ?x18554)))
 (let ((?x18539 (ite $x18556 phase_431 ?x18554)))
 (let ((?x90899 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 31) (- 1.0) 0.0))))
 (let (($x2642 (= value_index 0)))
 (let (($x114438 (= boundary 33)))
 (let (($x36573 (= boundary 31)))
 (let (($x104146 (= boundary 1)))
 (let (($x31361 (or $x104146 $x36573 $x114438)))
 (and $x31361 (or (and (and $x2642 (and (distinct ?x90899 0.0) true)) (> ?x18539 boundary)) $x121259)))))))))))))))))))))))))
(check-sat)
