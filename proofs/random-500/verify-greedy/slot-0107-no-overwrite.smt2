(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_89 () Int)
(declare-fun phase_112 () Int)
(declare-fun phase_117 () Int)
(declare-fun phase_131 () Int)
(declare-fun phase_137 () Int)
(declare-fun phase_446 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_89 4))
(assert
 (= phase_112 8))
(assert
 (= phase_117 8))
(assert
 (= phase_131 10))
(assert
 (= phase_137 6))
(assert
 (= phase_446 29))
(assert
 (let (($x45255 (= value_index 1)))
 (let (($x107077 (and (and $x45255 (and (distinct (ite (> boundary 31) 1.0 0.0) 0.0) true)) true)))
 (let (($x5998 (> phase_112 phase_89)))
 (let ((?x5999 (ite $x5998 phase_112 phase_89)))
 (let (($x5944 (> phase_117 ?x5999)))
 (let ((?x6000 (ite $x5944 phase_117 ?x5999)))
 (let (($x6001 (> phase_131 ?x6000)))
 (let ((?x6002 (ite $x6001 phase_131 ?x6000)))
 (let (($x6003 (> phase_137 ?x6002)))
 (let ((?x19189 (ite $x6003 phase_137 ?x6002)))
 (let (($x4830 (> phase_446 ?x19189)))
 (let ((?x5091 (ite $x4830 phase_446 ?x19189)))
 (let ((?x114803 (+ (ite (> boundary 5) 1.0 0.0) (ite (> boundary 29) (- 1.0) 0.0))))
 (let (($x2642 (= value_index 0)))
 (let (($x36573 (= boundary 31)))
 (let (($x28986 (= boundary 29)))
 (let (($x70091 (or (= boundary 5) $x28986 $x36573)))
 (and $x70091 (or (and (and $x2642 (and (distinct ?x114803 0.0) true)) (> ?x5091 boundary)) $x107077))))))))))))))))))))
(check-sat)
