(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_86 () Int)
(declare-fun phase_108 () Int)
(declare-fun phase_132 () Int)
(declare-fun phase_353 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_86 6))
(assert
 (= phase_108 7))
(assert
 (= phase_132 10))
(assert
 (= phase_353 27))
(assert
 (let (($x45255 (= value_index 1)))
 (let (($x59407 (and (and $x45255 (and (distinct (ite (> boundary 31) 1.0 0.0) 0.0) true)) true)))
 (let (($x4606 (> phase_108 phase_86)))
 (let ((?x4607 (ite $x4606 phase_108 phase_86)))
 (let (($x4980 (> phase_132 ?x4607)))
 (let ((?x4608 (ite $x4980 phase_132 ?x4607)))
 (let (($x4609 (> phase_353 ?x4608)))
 (let ((?x4981 (ite $x4609 phase_353 ?x4608)))
 (let ((?x27220 (+ (ite (> boundary 7) 1.0 0.0) (ite (> boundary 27) (- 1.0) 0.0))))
 (let (($x2642 (= value_index 0)))
 (let (($x36573 (= boundary 31)))
 (let (($x98368 (= boundary 27)))
 (let (($x119979 (= boundary 7)))
 (let (($x102536 (or $x119979 $x98368 $x36573)))
 (and $x102536 (or (and (and $x2642 (and (distinct ?x27220 0.0) true)) (> ?x4981 boundary)) $x59407)))))))))))))))))
(check-sat)
