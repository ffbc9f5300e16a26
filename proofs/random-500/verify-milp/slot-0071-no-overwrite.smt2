(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_62 () Int)
(declare-fun phase_118 () Int)
(declare-fun phase_126 () Int)
(declare-fun phase_147 () Int)
(declare-fun phase_148 () Int)
(declare-fun phase_149 () Int)
(declare-fun phase_440 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_62 5))
(assert
 (= phase_118 11))
(assert
 (= phase_126 18))
(assert
 (= phase_147 10))
(assert
 (= phase_148 6))
(assert
 (= phase_149 6))
(assert
 (= phase_440 37))
(assert
 (let (($x69744 (= value_index 1)))
 (let (($x112902 (and (and $x69744 (and (distinct (ite (> boundary 39) 1.0 0.0) 0.0) true)) true)))
 (let (($x3796 (> phase_118 phase_62)))
 (let ((?x3797 (ite $x3796 phase_118 phase_62)))
 (let (($x4041 (> phase_126 ?x3797)))
 (let ((?x4045 (ite $x4041 phase_126 ?x3797)))
 (let (($x4046 (> phase_147 ?x4045)))
 (let ((?x4049 (ite $x4046 phase_147 ?x4045)))
 (let (($x4050 (> phase_148 ?x4049)))
 (let ((?x4053 (ite $x4050 phase_148 ?x4049)))
 (let (($x4054 (> phase_149 ?x4053)))
 (let ((?x3988 (ite $x4054 phase_149 ?x4053)))
 (let (($x3995 (> phase_440 ?x3988)))
 (let ((?x4068 (ite $x3995 phase_440 ?x3988)))
 (let ((?x94884 (+ (ite (> boundary 5) 1.0 0.0) (ite (> boundary 37) (- 1.0) 0.0))))
 (let (($x1672 (= value_index 0)))
 (let (($x64322 (= boundary 39)))
 (let (($x98607 (= boundary 37)))
 (let (($x115577 (or (= boundary 5) $x98607 $x64322)))
 (and $x115577 (or (and (and $x1672 (and (distinct ?x94884 0.0) true)) (> ?x4068 boundary)) $x112902))))))))))))))))))))))
(check-sat)
