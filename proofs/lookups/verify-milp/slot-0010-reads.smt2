(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_65 () Int)
(declare-fun phase_66 () Int)
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
(declare-fun x_69 () Real)
(declare-fun boundary () Int)
(declare-fun x_10 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_65 10))
(assert
 (= phase_66 10))
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
 (let ((?x13159 (* (- 1.0) x_69)))
 (let (($x11768 (>= boundary 11)))
 (let ((?x15738 (ite $x11768 ?x13159 0.0)))
 (let (($x40023 (>= boundary 7)))
 (let ((?x11798 (ite $x40023 (* 1.0 x_69) 0.0)))
 (let ((?x10505 (* (- 1.0) x_10)))
 (let (($x9321 (>= boundary 5)))
 (let ((?x11025 (ite $x9321 ?x10505 0.0)))
 (let (($x38444 (>= boundary (- 1))))
 (let ((?x9622 (ite $x38444 (* 1.0 x_10) 0.0)))
 (let ((?x15924 (+ ?x9622 ?x11025 ?x11798 ?x15738)))
 (let (($x17384 (= read_value x_69)))
 (let (($x15046 (and (and (= read_index 16) (not false)) (= boundary (- phase_66 1)))))
 (let (($x15793 (and (and (= read_index 15) (not false)) (= boundary (- phase_65 1)))))
 (let (($x10370 (= read_value x_10)))
 (let (($x10724 (and (and (= read_index 14) (not false)) (= boundary (- phase_168 1)))))
 (let (($x35783 (and (and (= read_index 13) (not false)) (= boundary (- phase_165 1)))))
 (let (($x24239 (and (and (= read_index 12) (not false)) (= boundary (- phase_162 1)))))
 (let (($x9043 (and (and (= read_index 11) (not false)) (= boundary (- phase_159 1)))))
 (let (($x17622 (and (and (= read_index 10) (not false)) (= boundary (- phase_156 1)))))
 (let (($x45643 (and (and (= read_index 9) (not false)) (= boundary (- phase_153 1)))))
 (let (($x16746 (and (and (= read_index 8) (not false)) (= boundary (- phase_150 1)))))
 (let (($x20262 (and (and (= read_index 7) (not false)) (= boundary (- phase_147 1)))))
 (let (($x15763 (and (and (= read_index 6) (not false)) (= boundary (- phase_144 1)))))
 (let (($x14349 (and (and (= read_index 5) (not false)) (= boundary (- phase_141 1)))))
 (let (($x9117 (and (and (= read_index 4) (not false)) (= boundary (- phase_138 1)))))
 (let (($x15403 (and (and (= read_index 3) (not false)) (= boundary (- phase_135 1)))))
 (let (($x20378 (and (and (= read_index 2) (not false)) (= boundary (- phase_132 1)))))
 (let (($x16864 (and (and (= read_index 1) (not false)) (= boundary (- phase_129 1)))))
 (let (($x9102 (and (and (= read_index 0) (not false)) (= boundary (- phase_126 1)))))
 (let (($x7844 (or (and $x9102 $x10370) (and $x16864 $x10370) (and $x20378 $x10370) (and $x15403 $x10370) (and $x9117 $x10370) (and $x14349 $x10370) (and $x15763 $x10370) (and $x20262 $x10370) (and $x16746 $x10370) (and $x45643 $x10370) (and $x17622 $x10370) (and $x9043 $x10370) (and $x24239 $x10370) (and $x35783 $x10370) (and $x10724 $x10370) (and $x15793 $x17384) (and $x15046 $x17384))))
 (and $x7844 (and (distinct ?x15924 read_value) true))))))))))))))))))))))))))))))))))
(check-sat)
