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
(declare-fun x_103 () Real)
(declare-fun boundary () Int)
(declare-fun x_10 () Real)
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
 (let ((?x11843 (* 1.0 x_103)))
 (let (($x13067 (>= boundary 7)))
 (let ((?x19255 (ite $x13067 ?x11843 0.0)))
 (let ((?x6646 (* (- 1.0) x_10)))
 (let (($x36784 (>= boundary 5)))
 (let ((?x7130 (ite $x36784 ?x6646 0.0)))
 (let (($x40065 (>= boundary (- 1))))
 (let ((?x3551 (ite $x40065 (* 1.0 x_10) 0.0)))
 (let ((?x26607 (+ ?x3551 ?x7130 ?x19255)))
 (let (($x41060 (= read_value x_103)))
 (let (($x3044 (= read_value x_10)))
 (let (($x12512 (and (and (= read_index 14) (not false)) (= boundary (- phase_168 1)))))
 (let (($x28305 (and (and (= read_index 13) (not false)) (= boundary (- phase_165 1)))))
 (let (($x50309 (and (and (= read_index 12) (not false)) (= boundary (- phase_162 1)))))
 (let (($x42302 (and (and (= read_index 11) (not false)) (= boundary (- phase_159 1)))))
 (let (($x12712 (and (and (= read_index 10) (not false)) (= boundary (- phase_156 1)))))
 (let (($x27082 (and (and (= read_index 9) (not false)) (= boundary (- phase_153 1)))))
 (let (($x15108 (and (and (= read_index 8) (not false)) (= boundary (- phase_150 1)))))
 (let (($x2587 (and (and (= read_index 7) (not false)) (= boundary (- phase_147 1)))))
 (let (($x1446 (and (and (= read_index 6) (not false)) (= boundary (- phase_144 1)))))
 (let (($x2667 (and (and (= read_index 5) (not false)) (= boundary (- phase_141 1)))))
 (let (($x21356 (and (and (= read_index 4) (not false)) (= boundary (- phase_138 1)))))
 (let (($x46911 (and (and (= read_index 3) (not false)) (= boundary (- phase_135 1)))))
 (let (($x45464 (and (and (= read_index 2) (not false)) (= boundary (- phase_132 1)))))
 (let (($x17784 (and (and (= read_index 1) (not false)) (= boundary (- phase_129 1)))))
 (let (($x2286 (and (and (= read_index 0) (not false)) (= boundary (- phase_126 1)))))
 (let (($x17845 (or (and $x2286 $x3044) (and $x17784 $x3044) (and $x45464 $x3044) (and $x46911 $x3044) (and $x21356 $x3044) (and $x2667 $x3044) (and $x1446 $x3044) (and $x2587 $x3044) (and $x15108 $x3044) (and $x27082 $x3044) (and $x12712 $x3044) (and $x42302 $x3044) (and $x50309 $x3044) (and $x28305 $x3044) (and $x12512 $x3044) (and (and (= read_index 15) (= boundary 11)) $x41060))))
 (and $x17845 (and (distinct ?x26607 read_value) true))))))))))))))))))))))))))))))
(check-sat)
