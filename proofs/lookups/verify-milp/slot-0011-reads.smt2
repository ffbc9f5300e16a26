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
(declare-fun x_73 () Real)
(declare-fun boundary () Int)
(declare-fun x_11 () Real)
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
 (let ((?x21315 (* (- 1.0) x_73)))
 (let (($x11768 (>= boundary 11)))
 (let ((?x21732 (ite $x11768 ?x21315 0.0)))
 (let (($x40023 (>= boundary 7)))
 (let ((?x15869 (ite $x40023 (* 1.0 x_73) 0.0)))
 (let ((?x8479 (* (- 1.0) x_11)))
 (let (($x9321 (>= boundary 5)))
 (let ((?x10674 (ite $x9321 ?x8479 0.0)))
 (let (($x38444 (>= boundary (- 1))))
 (let ((?x7847 (ite $x38444 (* 1.0 x_11) 0.0)))
 (let ((?x23674 (+ ?x7847 ?x10674 ?x15869 ?x21732)))
 (let (($x3021 (= read_value x_73)))
 (let (($x4556 (and (and (= read_index 16) (not false)) (= boundary (- phase_66 1)))))
 (let (($x18995 (and (and (= read_index 15) (not false)) (= boundary (- phase_65 1)))))
 (let (($x10974 (= read_value x_11)))
 (let (($x11150 (and (and (= read_index 14) (not false)) (= boundary (- phase_168 1)))))
 (let (($x36706 (and (and (= read_index 13) (not false)) (= boundary (- phase_165 1)))))
 (let (($x19908 (and (and (= read_index 12) (not false)) (= boundary (- phase_162 1)))))
 (let (($x21212 (and (and (= read_index 11) (not false)) (= boundary (- phase_159 1)))))
 (let (($x51645 (and (and (= read_index 10) (not false)) (= boundary (- phase_156 1)))))
 (let (($x10340 (and (and (= read_index 9) (not false)) (= boundary (- phase_153 1)))))
 (let (($x4053 (and (and (= read_index 8) (not false)) (= boundary (- phase_150 1)))))
 (let (($x9336 (and (and (= read_index 7) (not false)) (= boundary (- phase_147 1)))))
 (let (($x10073 (and (and (= read_index 6) (not false)) (= boundary (- phase_144 1)))))
 (let (($x11879 (and (and (= read_index 5) (not false)) (= boundary (- phase_141 1)))))
 (let (($x15714 (and (and (= read_index 4) (not false)) (= boundary (- phase_138 1)))))
 (let (($x19963 (and (and (= read_index 3) (not false)) (= boundary (- phase_135 1)))))
 (let (($x24388 (and (and (= read_index 2) (not false)) (= boundary (- phase_132 1)))))
 (let (($x17622 (and (and (= read_index 1) (not false)) (= boundary (- phase_129 1)))))
 (let (($x10971 (and (and (= read_index 0) (not false)) (= boundary (- phase_126 1)))))
 (let (($x19836 (or (and $x10971 $x10974) (and $x17622 $x10974) (and $x24388 $x10974) (and $x19963 $x10974) (and $x15714 $x10974) (and $x11879 $x10974) (and $x10073 $x10974) (and $x9336 $x10974) (and $x4053 $x10974) (and $x10340 $x10974) (and $x51645 $x10974) (and $x21212 $x10974) (and $x19908 $x10974) (and $x36706 $x10974) (and $x11150 $x10974) (and $x18995 $x3021) (and $x4556 $x3021))))
 (and $x19836 (and (distinct ?x23674 read_value) true))))))))))))))))))))))))))))))))))
(check-sat)
