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
(declare-fun x_65 () Real)
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
 (let ((?x15933 (* 1.0 x_65)))
 (let (($x13067 (>= boundary 7)))
 (let ((?x15961 (ite $x13067 ?x15933 0.0)))
 (let ((?x6363 (* (- 1.0) x_8)))
 (let (($x36784 (>= boundary 5)))
 (let ((?x6765 (ite $x36784 ?x6363 0.0)))
 (let (($x40065 (>= boundary (- 1))))
 (let ((?x6301 (ite $x40065 (* 1.0 x_8) 0.0)))
 (let ((?x18900 (+ ?x6301 ?x6765 ?x15961)))
 (let (($x52243 (= read_value x_65)))
 (let (($x10171 (= read_value x_8)))
 (let (($x30957 (and (and (= read_index 14) (not false)) (= boundary (- phase_168 1)))))
 (let (($x43460 (and (and (= read_index 13) (not false)) (= boundary (- phase_165 1)))))
 (let (($x25057 (and (and (= read_index 12) (not false)) (= boundary (- phase_162 1)))))
 (let (($x28055 (and (and (= read_index 11) (not false)) (= boundary (- phase_159 1)))))
 (let (($x3139 (and (and (= read_index 10) (not false)) (= boundary (- phase_156 1)))))
 (let (($x3012 (and (and (= read_index 9) (not false)) (= boundary (- phase_153 1)))))
 (let (($x53761 (and (and (= read_index 8) (not false)) (= boundary (- phase_150 1)))))
 (let (($x44225 (and (and (= read_index 7) (not false)) (= boundary (- phase_147 1)))))
 (let (($x5495 (and (and (= read_index 6) (not false)) (= boundary (- phase_144 1)))))
 (let (($x18776 (and (and (= read_index 5) (not false)) (= boundary (- phase_141 1)))))
 (let (($x27931 (and (and (= read_index 4) (not false)) (= boundary (- phase_138 1)))))
 (let (($x45135 (and (and (= read_index 3) (not false)) (= boundary (- phase_135 1)))))
 (let (($x52223 (and (and (= read_index 2) (not false)) (= boundary (- phase_132 1)))))
 (let (($x34985 (and (and (= read_index 1) (not false)) (= boundary (- phase_129 1)))))
 (let (($x7624 (and (and (= read_index 0) (not false)) (= boundary (- phase_126 1)))))
 (let (($x2810 (or (and $x7624 $x10171) (and $x34985 $x10171) (and $x52223 $x10171) (and $x45135 $x10171) (and $x27931 $x10171) (and $x18776 $x10171) (and $x5495 $x10171) (and $x44225 $x10171) (and $x53761 $x10171) (and $x3012 $x10171) (and $x3139 $x10171) (and $x28055 $x10171) (and $x25057 $x10171) (and $x43460 $x10171) (and $x30957 $x10171) (and (and (= read_index 15) (= boundary 11)) $x52243))))
 (and $x2810 (and (distinct ?x18900 read_value) true))))))))))))))))))))))))))))))
(check-sat)
