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
(declare-fun x_162 () Real)
(declare-fun boundary () Int)
(declare-fun x_25 () Real)
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
 (let ((?x11668 (* (- 1.0) x_25)))
 (let (($x36784 (>= boundary 5)))
 (let ((?x19597 (ite $x36784 ?x11668 0.0)))
 (let ((?x41019 (+ (ite (>= boundary 3) (* 1.0 x_25) 0.0) ?x19597 (ite (>= boundary 11) (* 1.0 x_162) 0.0))))
 (let (($x27655 (= read_value x_162)))
 (let (($x7414 (= read_value x_25)))
 (let (($x18993 (and (and (= read_index 14) (not false)) (= boundary (- phase_168 1)))))
 (let (($x4315 (and (and (= read_index 13) (not false)) (= boundary (- phase_165 1)))))
 (let (($x10311 (and (and (= read_index 12) (not false)) (= boundary (- phase_162 1)))))
 (let (($x50557 (and (and (= read_index 11) (not false)) (= boundary (- phase_159 1)))))
 (let (($x22408 (and (and (= read_index 10) (not false)) (= boundary (- phase_156 1)))))
 (let (($x33391 (and (and (= read_index 9) (not false)) (= boundary (- phase_153 1)))))
 (let (($x33525 (and (and (= read_index 8) (not false)) (= boundary (- phase_150 1)))))
 (let (($x50441 (and (and (= read_index 7) (not false)) (= boundary (- phase_147 1)))))
 (let (($x6338 (and (and (= read_index 6) (not false)) (= boundary (- phase_144 1)))))
 (let (($x33744 (and (and (= read_index 5) (not false)) (= boundary (- phase_141 1)))))
 (let (($x33392 (and (and (= read_index 4) (not false)) (= boundary (- phase_138 1)))))
 (let (($x7703 (and (and (= read_index 3) (not false)) (= boundary (- phase_135 1)))))
 (let (($x41219 (and (and (= read_index 2) (not false)) (= boundary (- phase_132 1)))))
 (let (($x15099 (and (and (= read_index 1) (not false)) (= boundary (- phase_129 1)))))
 (let (($x7206 (and (and (= read_index 0) (not false)) (= boundary (- phase_126 1)))))
 (let (($x18585 (or (and $x7206 $x7414) (and $x15099 $x7414) (and $x41219 $x7414) (and $x7703 $x7414) (and $x33392 $x7414) (and $x33744 $x7414) (and $x6338 $x7414) (and $x50441 $x7414) (and $x33525 $x7414) (and $x33391 $x7414) (and $x22408 $x7414) (and $x50557 $x7414) (and $x10311 $x7414) (and $x4315 $x7414) (and $x18993 $x7414) (and (and (= read_index 15) (= boundary 11)) $x27655))))
 (and $x18585 (and (distinct ?x41019 read_value) true)))))))))))))))))))))))))
(check-sat)
