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
(declare-fun x_27 () Real)
(declare-fun boundary () Int)
(declare-fun x_8 () Real)
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
 (let ((?x15953 (* 1.0 x_27)))
 (let (($x40023 (>= boundary 7)))
 (let ((?x21341 (ite $x40023 ?x15953 0.0)))
 (let ((?x10788 (* (- 1.0) x_8)))
 (let (($x9321 (>= boundary 5)))
 (let ((?x11167 (ite $x9321 ?x10788 0.0)))
 (let (($x38444 (>= boundary (- 1))))
 (let ((?x4744 (ite $x38444 (* 1.0 x_8) 0.0)))
 (let ((?x22088 (+ ?x4744 ?x11167 ?x21341)))
 (let (($x13190 (= read_value x_27)))
 (let (($x10155 (= read_value x_8)))
 (let (($x23476 (and (and (= read_index 14) (not false)) (= boundary (- phase_168 1)))))
 (let (($x25330 (and (and (= read_index 13) (not false)) (= boundary (- phase_165 1)))))
 (let (($x20395 (and (and (= read_index 12) (not false)) (= boundary (- phase_162 1)))))
 (let (($x13887 (and (and (= read_index 11) (not false)) (= boundary (- phase_159 1)))))
 (let (($x10640 (and (and (= read_index 10) (not false)) (= boundary (- phase_156 1)))))
 (let (($x9803 (and (and (= read_index 9) (not false)) (= boundary (- phase_153 1)))))
 (let (($x15769 (and (and (= read_index 8) (not false)) (= boundary (- phase_150 1)))))
 (let (($x16506 (and (and (= read_index 7) (not false)) (= boundary (- phase_147 1)))))
 (let (($x35508 (and (and (= read_index 6) (not false)) (= boundary (- phase_144 1)))))
 (let (($x11451 (and (and (= read_index 5) (not false)) (= boundary (- phase_141 1)))))
 (let (($x24250 (and (and (= read_index 4) (not false)) (= boundary (- phase_138 1)))))
 (let (($x25478 (and (and (= read_index 3) (not false)) (= boundary (- phase_135 1)))))
 (let (($x51782 (and (and (= read_index 2) (not false)) (= boundary (- phase_132 1)))))
 (let (($x13985 (and (and (= read_index 1) (not false)) (= boundary (- phase_129 1)))))
 (let (($x9921 (and (and (= read_index 0) (not false)) (= boundary (- phase_126 1)))))
 (let (($x45628 (or (and $x9921 $x10155) (and $x13985 $x10155) (and $x51782 $x10155) (and $x25478 $x10155) (and $x24250 $x10155) (and $x11451 $x10155) (and $x35508 $x10155) (and $x16506 $x10155) (and $x15769 $x10155) (and $x9803 $x10155) (and $x10640 $x10155) (and $x13887 $x10155) (and $x20395 $x10155) (and $x25330 $x10155) (and $x23476 $x10155) (and (and (= read_index 15) (= boundary 11)) $x13190))))
 (and $x45628 (and (distinct ?x22088 read_value) true))))))))))))))))))))))))))))))
(check-sat)
