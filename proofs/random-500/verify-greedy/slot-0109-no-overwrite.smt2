(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_89 () Int)
(declare-fun phase_116 () Int)
(declare-fun phase_307 () Int)
(declare-fun phase_354 () Int)
(declare-fun phase_389 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_89 4))
(assert
 (= phase_116 5))
(assert
 (= phase_307 22))
(assert
 (= phase_354 30))
(assert
 (= phase_389 21))
(assert
 (let (($x107077 (> boundary 31)))
 (let ((?x129346 (ite $x107077 (- 1.0) 0.0)))
 (let (($x112214 (> boundary 23)))
 (let ((?x78257 (ite $x112214 1.0 0.0)))
 (let (($x45255 (= value_index 1)))
 (let (($x102027 (and (and $x45255 (and (distinct (+ ?x78257 ?x129346) 0.0) true)) (> (ite (> phase_354 phase_307) phase_354 phase_307) boundary))))
 (let (($x8095 (> phase_116 phase_89)))
 (let ((?x8112 (ite $x8095 phase_116 phase_89)))
 (let (($x8110 (> phase_389 ?x8112)))
 (let ((?x8127 (ite $x8110 phase_389 ?x8112)))
 (let ((?x130503 (+ (ite (> boundary 5) 1.0 0.0) (ite (> boundary 21) (- 1.0) 0.0))))
 (let (($x2642 (= value_index 0)))
 (let (($x36573 (= boundary 31)))
 (let (($x48388 (= boundary 23)))
 (let (($x120548 (= boundary 21)))
 (let (($x61320 (or (= boundary 5) $x120548 $x48388 $x36573)))
 (and $x61320 (or (and (and $x2642 (and (distinct ?x130503 0.0) true)) (> ?x8127 boundary)) $x102027)))))))))))))))))))
(check-sat)
