(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_106 () Int)
(declare-fun phase_165 () Int)
(declare-fun phase_187 () Int)
(declare-fun phase_448 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_106 2))
(assert
 (= phase_165 9))
(assert
 (= phase_187 10))
(assert
 (= phase_448 29))
(assert
 (let (($x45255 (= value_index 1)))
 (let (($x86252 (and (and $x45255 (and (distinct (ite (> boundary 31) 1.0 0.0) 0.0) true)) true)))
 (let (($x4797 (> phase_165 phase_106)))
 (let ((?x5072 (ite $x4797 phase_165 phase_106)))
 (let (($x5212 (> phase_187 ?x5072)))
 (let ((?x19333 (ite $x5212 phase_187 ?x5072)))
 (let (($x746 (> phase_448 ?x19333)))
 (let ((?x4798 (ite $x746 phase_448 ?x19333)))
 (let ((?x136523 (+ (ite (> boundary 3) 1.0 0.0) (ite (> boundary 29) (- 1.0) 0.0))))
 (let (($x2642 (= value_index 0)))
 (let (($x36573 (= boundary 31)))
 (let (($x28986 (= boundary 29)))
 (let (($x90920 (= boundary 3)))
 (let (($x91883 (or $x90920 $x28986 $x36573)))
 (and $x91883 (or (and (and $x2642 (and (distinct ?x136523 0.0) true)) (> ?x4798 boundary)) $x86252)))))))))))))))))
(check-sat)
