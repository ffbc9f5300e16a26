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
(declare-fun read_value () Real)
(declare-fun x_122 () Real)
(declare-fun boundary () Int)
(declare-fun x_11 () Real)
(declare-fun read_index () Int)
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
 (let ((?x3735 (* (- 1.0) x_11)))
 (let (($x36784 (>= boundary 5)))
 (let ((?x4189 (ite $x36784 ?x3735 0.0)))
 (let ((?x20702 (+ (ite (>= boundary (- 1)) (* 1.0 x_11) 0.0) ?x4189 (ite (>= boundary 7) (* 1.0 x_122) 0.0))))
 (let (($x19490 (= read_value x_122)))
 (let (($x7450 (= read_value x_11)))
 (let (($x19535 (and (and (= read_index 14) (not false)) (= boundary (- phase_168 1)))))
 (let (($x7218 (and (and (= read_index 13) (not false)) (= boundary (- phase_165 1)))))
 (let (($x35536 (and (and (= read_index 12) (not false)) (= boundary (- phase_162 1)))))
 (let (($x26735 (and (and (= read_index 11) (not false)) (= boundary (- phase_159 1)))))
 (let (($x52223 (and (and (= read_index 10) (not false)) (= boundary (- phase_156 1)))))
 (let (($x19347 (and (and (= read_index 9) (not false)) (= boundary (- phase_153 1)))))
 (let (($x546 (and (and (= read_index 8) (not false)) (= boundary (- phase_150 1)))))
 (let (($x11012 (and (and (= read_index 7) (not false)) (= boundary (- phase_147 1)))))
 (let (($x11750 (and (and (= read_index 6) (not false)) (= boundary (- phase_144 1)))))
 (let (($x10047 (and (and (= read_index 5) (not false)) (= boundary (- phase_141 1)))))
 (let (($x19829 (and (and (= read_index 4) (not false)) (= boundary (- phase_138 1)))))
 (let (($x1247 (and (and (= read_index 3) (not false)) (= boundary (- phase_135 1)))))
 (let (($x50963 (and (and (= read_index 2) (not false)) (= boundary (- phase_132 1)))))
 (let (($x28878 (and (and (= read_index 1) (not false)) (= boundary (- phase_129 1)))))
 (let (($x7206 (and (and (= read_index 0) (not false)) (= boundary (- phase_126 1)))))
 (let (($x16426 (or (and $x7206 $x7450) (and $x28878 $x7450) (and $x50963 $x7450) (and $x1247 $x7450) (and $x19829 $x7450) (and $x10047 $x7450) (and $x11750 $x7450) (and $x11012 $x7450) (and $x546 $x7450) (and $x19347 $x7450) (and $x52223 $x7450) (and $x26735 $x7450) (and $x35536 $x7450) (and $x7218 $x7450) (and $x19535 $x7450) (and (and (= read_index 15) (= boundary 11)) $x19490))))
 (and $x16426 (and (distinct ?x20702 read_value) true)))))))))))))))))))))))))
(check-sat)
