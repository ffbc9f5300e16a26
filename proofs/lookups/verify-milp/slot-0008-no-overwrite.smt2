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
 (let (($x8320 (= value_index 1)))
 (let (($x34826 (and (and $x8320 (and (distinct (ite (> boundary 7) 1.0 0.0) 0.0) true)) true)))
 (let (($x3452 (> phase_126 (- 1))))
 (let ((?x11946 (ite $x3452 phase_126 (- 1))))
 (let (($x6924 (> phase_129 ?x11946)))
 (let ((?x7081 (ite $x6924 phase_129 ?x11946)))
 (let (($x13283 (> phase_132 ?x7081)))
 (let ((?x6951 (ite $x13283 phase_132 ?x7081)))
 (let (($x18731 (> phase_135 ?x6951)))
 (let ((?x8491 (ite $x18731 phase_135 ?x6951)))
 (let (($x3781 (> phase_138 ?x8491)))
 (let ((?x2014 (ite $x3781 phase_138 ?x8491)))
 (let (($x2015 (> phase_141 ?x2014)))
 (let ((?x2631 (ite $x2015 phase_141 ?x2014)))
 (let (($x19013 (> phase_144 ?x2631)))
 (let ((?x3227 (ite $x19013 phase_144 ?x2631)))
 (let (($x18315 (> phase_147 ?x3227)))
 (let ((?x14206 (ite $x18315 phase_147 ?x3227)))
 (let (($x18274 (> phase_150 ?x14206)))
 (let ((?x14789 (ite $x18274 phase_150 ?x14206)))
 (let (($x18879 (> phase_153 ?x14789)))
 (let ((?x7126 (ite $x18879 phase_153 ?x14789)))
 (let (($x7010 (> phase_156 ?x7126)))
 (let ((?x1878 (ite $x7010 phase_156 ?x7126)))
 (let (($x13165 (> phase_159 ?x1878)))
 (let ((?x18885 (ite $x13165 phase_159 ?x1878)))
 (let (($x18886 (> phase_162 ?x18885)))
 (let ((?x18640 (ite $x18886 phase_162 ?x18885)))
 (let (($x4289 (> phase_165 ?x18640)))
 (let ((?x2767 (ite $x4289 phase_165 ?x18640)))
 (let (($x14795 (> phase_168 ?x2767)))
 (let ((?x18932 (ite $x14795 phase_168 ?x2767)))
 (let ((?x18856 (+ (ite (> boundary (- 1)) 1.0 0.0) (ite (> boundary 5) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x35549 (or (= boundary (- 1)) (= boundary 5) (= boundary 7))))
 (and $x35549 (or (and (and $x37737 (and (distinct ?x18856 0.0) true)) (> ?x18932 boundary)) $x34826))))))))))))))))))))))))))))))))))))))
(check-sat)
