(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_8 () Int)
(declare-fun phase_110 () Int)
(declare-fun phase_111 () Int)
(declare-fun phase_112 () Int)
(declare-fun phase_113 () Int)
(declare-fun phase_114 () Int)
(declare-fun phase_115 () Int)
(declare-fun phase_116 () Int)
(declare-fun phase_117 () Int)
(declare-fun phase_118 () Int)
(declare-fun phase_119 () Int)
(declare-fun phase_120 () Int)
(declare-fun phase_121 () Int)
(declare-fun phase_122 () Int)
(declare-fun phase_123 () Int)
(declare-fun phase_124 () Int)
(declare-fun phase_125 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_8 3))
(assert
 (= phase_110 4))
(assert
 (= phase_111 4))
(assert
 (= phase_112 4))
(assert
 (= phase_113 4))
(assert
 (= phase_114 4))
(assert
 (= phase_115 4))
(assert
 (= phase_116 4))
(assert
 (= phase_117 4))
(assert
 (= phase_118 4))
(assert
 (= phase_119 4))
(assert
 (= phase_120 4))
(assert
 (= phase_121 4))
(assert
 (= phase_122 4))
(assert
 (= phase_123 4))
(assert
 (= phase_124 4))
(assert
 (= phase_125 4))
(assert
 (let (($x19215 (= value_index 1)))
 (let (($x50319 (and (and $x19215 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true)) true)))
 (let (($x19151 (> phase_110 phase_8)))
 (let ((?x19153 (ite $x19151 phase_110 phase_8)))
 (let (($x18809 (> phase_111 ?x19153)))
 (let ((?x6881 (ite $x18809 phase_111 ?x19153)))
 (let (($x4078 (> phase_112 ?x6881)))
 (let ((?x7398 (ite $x4078 phase_112 ?x6881)))
 (let (($x19080 (> phase_113 ?x7398)))
 (let ((?x19086 (ite $x19080 phase_113 ?x7398)))
 (let (($x6341 (> phase_114 ?x19086)))
 (let ((?x677 (ite $x6341 phase_114 ?x19086)))
 (let (($x15143 (> phase_115 ?x677)))
 (let ((?x17952 (ite $x15143 phase_115 ?x677)))
 (let (($x18941 (> phase_116 ?x17952)))
 (let ((?x18932 (ite $x18941 phase_116 ?x17952)))
 (let (($x5429 (> phase_117 ?x18932)))
 (let ((?x2100 (ite $x5429 phase_117 ?x18932)))
 (let (($x6595 (> phase_118 ?x2100)))
 (let ((?x13144 (ite $x6595 phase_118 ?x2100)))
 (let (($x4151 (> phase_119 ?x13144)))
 (let ((?x13088 (ite $x4151 phase_119 ?x13144)))
 (let (($x8589 (> phase_120 ?x13088)))
 (let ((?x3173 (ite $x8589 phase_120 ?x13088)))
 (let (($x13071 (> phase_121 ?x3173)))
 (let ((?x18564 (ite $x13071 phase_121 ?x3173)))
 (let (($x13282 (> phase_122 ?x18564)))
 (let ((?x18565 (ite $x13282 phase_122 ?x18564)))
 (let (($x19131 (> phase_123 ?x18565)))
 (let ((?x19133 (ite $x19131 phase_123 ?x18565)))
 (let (($x6066 (> phase_124 ?x19133)))
 (let ((?x6700 (ite $x6066 phase_124 ?x19133)))
 (let (($x6058 (> phase_125 ?x6700)))
 (let ((?x6061 (ite $x6058 phase_125 ?x6700)))
 (let ((?x19046 (+ (ite (> boundary 3) 1.0 0.0) (ite (> boundary 5) (- 1.0) 0.0))))
 (let (($x1772 (= value_index 0)))
 (let (($x3841 (= boundary 11)))
 (let (($x50633 (or (= boundary 3) (= boundary 5) $x3841)))
 (and $x50633 (or (and (and $x1772 (and (distinct ?x19046 0.0) true)) (> ?x6061 boundary)) $x50319)))))))))))))))))))))))))))))))))))))))))
(check-sat)
