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
(declare-fun phase_148 () Int)
(declare-fun phase_149 () Int)
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
 (= phase_148 8))
(assert
 (= phase_149 10))
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
 (let (($x24311 (> boundary 11)))
 (let ((?x27522 (ite $x24311 (- 1.0) 0.0)))
 (let (($x18609 (> boundary 9)))
 (let ((?x22604 (ite $x18609 1.0 0.0)))
 (let (($x8320 (= value_index 1)))
 (let (($x23743 (and (and $x8320 (and (distinct (+ ?x22604 ?x27522) 0.0) true)) (> (ite (> phase_149 phase_148) phase_149 phase_148) boundary))))
 (let (($x19196 (> phase_126 phase_11)))
 (let ((?x13255 (ite $x19196 phase_126 phase_11)))
 (let (($x15136 (> phase_129 ?x13255)))
 (let ((?x19166 (ite $x15136 phase_129 ?x13255)))
 (let (($x14950 (> phase_132 ?x19166)))
 (let ((?x18606 (ite $x14950 phase_132 ?x19166)))
 (let (($x19167 (> phase_135 ?x18606)))
 (let ((?x19102 (ite $x19167 phase_135 ?x18606)))
 (let (($x2816 (> phase_138 ?x19102)))
 (let ((?x8629 (ite $x2816 phase_138 ?x19102)))
 (let (($x4949 (> phase_141 ?x8629)))
 (let ((?x6510 (ite $x4949 phase_141 ?x8629)))
 (let (($x6596 (> phase_144 ?x6510)))
 (let ((?x18643 (ite $x6596 phase_144 ?x6510)))
 (let (($x18644 (> phase_147 ?x18643)))
 (let ((?x11226 (ite $x18644 phase_147 ?x18643)))
 (let (($x6957 (> phase_150 ?x11226)))
 (let ((?x2377 (ite $x6957 phase_150 ?x11226)))
 (let (($x2378 (> phase_153 ?x2377)))
 (let ((?x4796 (ite $x2378 phase_153 ?x2377)))
 (let (($x4806 (> phase_156 ?x4796)))
 (let ((?x19446 (ite $x4806 phase_156 ?x4796)))
 (let (($x13171 (> phase_159 ?x19446)))
 (let ((?x4181 (ite $x13171 phase_159 ?x19446)))
 (let (($x13275 (> phase_162 ?x4181)))
 (let ((?x19062 (ite $x13275 phase_162 ?x4181)))
 (let (($x2859 (> phase_165 ?x19062)))
 (let ((?x18951 (ite $x2859 phase_165 ?x19062)))
 (let (($x4248 (> phase_168 ?x18951)))
 (let ((?x12756 (ite $x4248 phase_168 ?x18951)))
 (let ((?x9791 (+ (ite (> boundary 3) 1.0 0.0) (ite (> boundary 5) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x16897 (= boundary 11)))
 (let (($x8914 (= boundary 9)))
 (let (($x32584 (or (= boundary 3) (= boundary 5) $x8914 $x16897)))
 (and $x32584 (or (and (and $x37737 (and (distinct ?x9791 0.0) true)) (> ?x12756 boundary)) $x23743))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
