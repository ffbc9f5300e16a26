(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_126 () Int)
(declare-fun phase_129 () Int)
(declare-fun phase_132 () Int)
(declare-fun phase_135 () Int)
(declare-fun phase_138 () Int)
(declare-fun phase_141 () Int)
(declare-fun phase_144 () Int)
(declare-fun phase_147 () Int)
(declare-fun phase_150 () Int)
(declare-fun phase_153 () Int)
(declare-fun phase_156 () Int)
(declare-fun phase_159 () Int)
(declare-fun phase_162 () Int)
(declare-fun phase_165 () Int)
(declare-fun phase_168 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_126 4))
(assert
 (= phase_129 4))
(assert
 (= phase_132 4))
(assert
 (= phase_135 4))
(assert
 (= phase_138 4))
(assert
 (= phase_141 4))
(assert
 (= phase_144 4))
(assert
 (= phase_147 4))
(assert
 (= phase_150 4))
(assert
 (= phase_153 4))
(assert
 (= phase_156 4))
(assert
 (= phase_159 4))
(assert
 (= phase_162 4))
(assert
 (= phase_165 4))
(assert
 (= phase_168 4))
(assert
 (let (($x19215 (= value_index 1)))
 (let (($x47680 (and (and $x19215 (and (distinct (ite (> boundary 7) 1.0 0.0) 0.0) true)) true)))
 (let (($x5311 (> phase_126 (- 1))))
 (let ((?x13963 (ite $x5311 phase_126 (- 1))))
 (let (($x18320 (> phase_129 ?x13963)))
 (let ((?x14147 (ite $x18320 phase_129 ?x13963)))
 (let (($x18264 (> phase_132 ?x14147)))
 (let ((?x9304 (ite $x18264 phase_132 ?x14147)))
 (let (($x18490 (> phase_135 ?x9304)))
 (let ((?x13593 (ite $x18490 phase_135 ?x9304)))
 (let (($x1575 (> phase_138 ?x13593)))
 (let ((?x2590 (ite $x1575 phase_138 ?x13593)))
 (let (($x5237 (> phase_141 ?x2590)))
 (let ((?x19053 (ite $x5237 phase_141 ?x2590)))
 (let (($x2037 (> phase_144 ?x19053)))
 (let ((?x4687 (ite $x2037 phase_144 ?x19053)))
 (let (($x18700 (> phase_147 ?x4687)))
 (let ((?x18701 (ite $x18700 phase_147 ?x4687)))
 (let (($x13296 (> phase_150 ?x18701)))
 (let ((?x4107 (ite $x13296 phase_150 ?x18701)))
 (let (($x13098 (> phase_153 ?x4107)))
 (let ((?x7645 (ite $x13098 phase_153 ?x4107)))
 (let (($x7622 (> phase_156 ?x7645)))
 (let ((?x15057 (ite $x7622 phase_156 ?x7645)))
 (let (($x2105 (> phase_159 ?x15057)))
 (let ((?x13054 (ite $x2105 phase_159 ?x15057)))
 (let (($x18770 (> phase_162 ?x13054)))
 (let ((?x7347 (ite $x18770 phase_162 ?x13054)))
 (let (($x7490 (> phase_165 ?x7347)))
 (let ((?x3994 (ite $x7490 phase_165 ?x7347)))
 (let (($x15177 (> phase_168 ?x3994)))
 (let ((?x18677 (ite $x15177 phase_168 ?x3994)))
 (let ((?x12568 (+ (ite (> boundary (- 1)) 1.0 0.0) (ite (> boundary 5) (- 1.0) 0.0))))
 (let (($x1772 (= value_index 0)))
 (let (($x52338 (or (= boundary (- 1)) (= boundary 5) (= boundary 7))))
 (and $x52338 (or (and (and $x1772 (and (distinct ?x12568 0.0) true)) (> ?x18677 boundary)) $x47680))))))))))))))))))))))))))))))))))))))
(check-sat)
