(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_11 () Int)
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
 (= phase_11 3))
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
 (let (($x50416 (and (and $x19215 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true)) true)))
 (let (($x5385 (> phase_126 phase_11)))
 (let ((?x4052 (ite $x5385 phase_126 phase_11)))
 (let (($x4065 (> phase_129 ?x4052)))
 (let ((?x12347 (ite $x4065 phase_129 ?x4052)))
 (let (($x13076 (> phase_132 ?x12347)))
 (let ((?x12004 (ite $x13076 phase_132 ?x12347)))
 (let (($x18615 (> phase_135 ?x12004)))
 (let ((?x18758 (ite $x18615 phase_135 ?x12004)))
 (let (($x19162 (> phase_138 ?x18758)))
 (let ((?x19175 (ite $x19162 phase_138 ?x18758)))
 (let (($x2653 (> phase_141 ?x19175)))
 (let ((?x4145 (ite $x2653 phase_141 ?x19175)))
 (let (($x4146 (> phase_144 ?x4145)))
 (let ((?x18924 (ite $x4146 phase_144 ?x4145)))
 (let (($x18913 (> phase_147 ?x18924)))
 (let ((?x17788 (ite $x18913 phase_147 ?x18924)))
 (let (($x7413 (> phase_150 ?x17788)))
 (let ((?x7283 (ite $x7413 phase_150 ?x17788)))
 (let (($x13797 (> phase_153 ?x7283)))
 (let ((?x2723 (ite $x13797 phase_153 ?x7283)))
 (let (($x13190 (> phase_156 ?x2723)))
 (let ((?x18539 (ite $x13190 phase_156 ?x2723)))
 (let (($x6051 (> phase_159 ?x18539)))
 (let ((?x13279 (ite $x6051 phase_159 ?x18539)))
 (let (($x18541 (> phase_162 ?x13279)))
 (let ((?x18795 (ite $x18541 phase_162 ?x13279)))
 (let (($x14885 (> phase_165 ?x18795)))
 (let ((?x17803 (ite $x14885 phase_165 ?x18795)))
 (let (($x9166 (> phase_168 ?x17803)))
 (let ((?x5127 (ite $x9166 phase_168 ?x17803)))
 (let ((?x13805 (+ (ite (> boundary 3) 1.0 0.0) (ite (> boundary 5) (- 1.0) 0.0))))
 (let (($x1772 (= value_index 0)))
 (let (($x3841 (= boundary 11)))
 (let (($x50555 (or (= boundary 3) (= boundary 5) $x3841)))
 (and $x50555 (or (and (and $x1772 (and (distinct ?x13805 0.0) true)) (> ?x5127 boundary)) $x50416)))))))))))))))))))))))))))))))))))))))
(check-sat)
