(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_88 () Int)
(declare-fun phase_111 () Int)
(declare-fun phase_135 () Int)
(declare-fun phase_140 () Int)
(declare-fun phase_144 () Int)
(declare-fun phase_428 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_88 6))
(assert
 (= phase_111 7))
(assert
 (= phase_135 8))
(assert
 (= phase_140 10))
(assert
 (= phase_144 8))
(assert
 (= phase_428 27))
(assert
 (let (($x45255 (= value_index 1)))
 (let (($x108922 (and (and $x45255 (and (distinct (ite (> boundary 31) 1.0 0.0) 0.0) true)) true)))
 (let (($x5628 (> phase_111 phase_88)))
 (let ((?x5232 (ite $x5628 phase_111 phase_88)))
 (let (($x21510 (> phase_135 ?x5232)))
 (let ((?x5909 (ite $x21510 phase_135 ?x5232)))
 (let (($x3982 (> phase_140 ?x5909)))
 (let ((?x4812 (ite $x3982 phase_140 ?x5909)))
 (let (($x6249 (> phase_144 ?x4812)))
 (let ((?x6322 (ite $x6249 phase_144 ?x4812)))
 (let (($x3947 (> phase_428 ?x6322)))
 (let ((?x6327 (ite $x3947 phase_428 ?x6322)))
 (let ((?x128366 (+ (ite (> boundary 7) 1.0 0.0) (ite (> boundary 27) (- 1.0) 0.0))))
 (let (($x2642 (= value_index 0)))
 (let (($x36573 (= boundary 31)))
 (let (($x98368 (= boundary 27)))
 (let (($x119979 (= boundary 7)))
 (let (($x62269 (or $x119979 $x98368 $x36573)))
 (and $x62269 (or (and (and $x2642 (and (distinct ?x128366 0.0) true)) (> ?x6327 boundary)) $x108922)))))))))))))))))))))
(check-sat)
