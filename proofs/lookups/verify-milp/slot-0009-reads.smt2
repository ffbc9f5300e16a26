(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_9 () Int)
(declare-fun phase_10 () Int)
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
(declare-fun x_65 () Real)
(declare-fun boundary () Int)
(declare-fun x_9 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_9 2))
(assert
 (= phase_10 2))
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
 (let ((?x11730 (* 1.0 x_65)))
 (let (($x40023 (>= boundary 7)))
 (let ((?x13185 (ite $x40023 ?x11730 0.0)))
 (let ((?x6752 (* (- 1.0) x_9)))
 (let (($x9321 (>= boundary 5)))
 (let ((?x8959 (ite $x9321 ?x6752 0.0)))
 (let (($x38444 (>= boundary (- 1))))
 (let ((?x6576 (ite $x38444 (* 1.0 x_9) 0.0)))
 (let ((?x16064 (+ ?x6576 ?x8959 ?x13185)))
 (let (($x49418 (= read_value x_65)))
 (let (($x10380 (= read_value x_9)))
 (let (($x23297 (and (and (= read_index 16) (not false)) (= boundary (- phase_168 1)))))
 (let (($x24329 (and (and (= read_index 15) (not false)) (= boundary (- phase_165 1)))))
 (let (($x9399 (and (and (= read_index 14) (not false)) (= boundary (- phase_162 1)))))
 (let (($x24073 (and (and (= read_index 13) (not false)) (= boundary (- phase_159 1)))))
 (let (($x35201 (and (and (= read_index 12) (not false)) (= boundary (- phase_156 1)))))
 (let (($x3080 (and (and (= read_index 11) (not false)) (= boundary (- phase_153 1)))))
 (let (($x26380 (and (and (= read_index 10) (not false)) (= boundary (- phase_150 1)))))
 (let (($x11114 (and (and (= read_index 9) (not false)) (= boundary (- phase_147 1)))))
 (let (($x35277 (and (and (= read_index 8) (not false)) (= boundary (- phase_144 1)))))
 (let (($x3444 (and (and (= read_index 7) (not false)) (= boundary (- phase_141 1)))))
 (let (($x23534 (and (and (= read_index 6) (not false)) (= boundary (- phase_138 1)))))
 (let (($x3591 (and (and (= read_index 5) (not false)) (= boundary (- phase_135 1)))))
 (let (($x20906 (and (and (= read_index 4) (not false)) (= boundary (- phase_132 1)))))
 (let (($x25247 (and (and (= read_index 3) (not false)) (= boundary (- phase_129 1)))))
 (let (($x25628 (and (and (= read_index 2) (not false)) (= boundary (- phase_126 1)))))
 (let (($x16970 (and (and (= read_index 1) (not false)) (= boundary (- phase_10 1)))))
 (let (($x9194 (and (and (= read_index 0) (not false)) (= boundary (- phase_9 1)))))
 (let (($x24712 (or (and $x9194 $x10380) (and $x16970 $x10380) (and $x25628 $x10380) (and $x25247 $x10380) (and $x20906 $x10380) (and $x3591 $x10380) (and $x23534 $x10380) (and $x3444 $x10380) (and $x35277 $x10380) (and $x11114 $x10380) (and $x26380 $x10380) (and $x3080 $x10380) (and $x35201 $x10380) (and $x24073 $x10380) (and $x9399 $x10380) (and $x24329 $x10380) (and $x23297 $x10380) (and (and (= read_index 17) (= boundary 11)) $x49418))))
 (and $x24712 (and (distinct ?x16064 read_value) true))))))))))))))))))))))))))))))))
(check-sat)
