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
(declare-fun phase_149 () Int)
(declare-fun phase_150 () Int)
(declare-fun phase_153 () Int)
(declare-fun phase_156 () Int)
(declare-fun phase_159 () Int)
(declare-fun phase_162 () Int)
(declare-fun phase_165 () Int)
(declare-fun phase_168 () Int)
(declare-fun read_value () Real)
(declare-fun x_173 () Real)
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
 (let ((?x14704 (* (- 1.0) x_173)))
 (let (($x11768 (>= boundary 11)))
 (let ((?x16409 (ite $x11768 ?x14704 0.0)))
 (let (($x11172 (>= boundary 9)))
 (let ((?x14039 (ite $x11172 (* 1.0 x_173) 0.0)))
 (let ((?x10916 (* (- 1.0) x_25)))
 (let (($x9321 (>= boundary 5)))
 (let ((?x11318 (ite $x9321 ?x10916 0.0)))
 (let (($x21412 (>= boundary 3)))
 (let ((?x7639 (ite $x21412 (* 1.0 x_25) 0.0)))
 (let ((?x16832 (+ ?x7639 ?x11318 ?x14039 ?x16409)))
 (let (($x10877 (= read_value x_173)))
 (let (($x8478 (and (and (= read_index 15) (not false)) (= boundary (- phase_149 1)))))
 (let (($x10971 (= read_value x_25)))
 (let (($x15436 (and (and (= read_index 14) (not false)) (= boundary (- phase_168 1)))))
 (let (($x10696 (and (and (= read_index 13) (not false)) (= boundary (- phase_165 1)))))
 (let (($x12169 (and (and (= read_index 12) (not false)) (= boundary (- phase_162 1)))))
 (let (($x24957 (and (and (= read_index 11) (not false)) (= boundary (- phase_159 1)))))
 (let (($x9772 (and (and (= read_index 10) (not false)) (= boundary (- phase_156 1)))))
 (let (($x7942 (and (and (= read_index 9) (not false)) (= boundary (- phase_153 1)))))
 (let (($x12481 (and (and (= read_index 8) (not false)) (= boundary (- phase_150 1)))))
 (let (($x18637 (and (and (= read_index 7) (not false)) (= boundary (- phase_147 1)))))
 (let (($x12280 (and (and (= read_index 6) (not false)) (= boundary (- phase_144 1)))))
 (let (($x4142 (and (and (= read_index 5) (not false)) (= boundary (- phase_141 1)))))
 (let (($x15791 (and (and (= read_index 4) (not false)) (= boundary (- phase_138 1)))))
 (let (($x3306 (and (and (= read_index 3) (not false)) (= boundary (- phase_135 1)))))
 (let (($x23464 (and (and (= read_index 2) (not false)) (= boundary (- phase_132 1)))))
 (let (($x16247 (and (and (= read_index 1) (not false)) (= boundary (- phase_129 1)))))
 (let (($x8633 (and (and (= read_index 0) (not false)) (= boundary (- phase_126 1)))))
 (let (($x9494 (or (and $x8633 $x10971) (and $x16247 $x10971) (and $x23464 $x10971) (and $x3306 $x10971) (and $x15791 $x10971) (and $x4142 $x10971) (and $x12280 $x10971) (and $x18637 $x10971) (and $x12481 $x10971) (and $x7942 $x10971) (and $x9772 $x10971) (and $x24957 $x10971) (and $x12169 $x10971) (and $x10696 $x10971) (and $x15436 $x10971) (and $x8478 $x10877))))
 (and $x9494 (and (distinct ?x16832 read_value) true)))))))))))))))))))))))))))))))))
(check-sat)
