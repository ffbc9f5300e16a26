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
(declare-fun x_84 () Real)
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
 (let ((?x5977 (* 1.0 x_84)))
 (let (($x13067 (>= boundary 7)))
 (let ((?x7854 (ite $x13067 ?x5977 0.0)))
 (let ((?x3765 (* (- 1.0) x_9)))
 (let (($x36784 (>= boundary 5)))
 (let ((?x3916 (ite $x36784 ?x3765 0.0)))
 (let (($x40065 (>= boundary (- 1))))
 (let ((?x2693 (ite $x40065 (* 1.0 x_9) 0.0)))
 (let ((?x10242 (+ ?x2693 ?x3916 ?x7854)))
 (let (($x24635 (= read_value x_84)))
 (let (($x4030 (= read_value x_9)))
 (let (($x10858 (and (and (= read_index 16) (not false)) (= boundary (- phase_168 1)))))
 (let (($x2587 (and (and (= read_index 15) (not false)) (= boundary (- phase_165 1)))))
 (let (($x11351 (and (and (= read_index 14) (not false)) (= boundary (- phase_162 1)))))
 (let (($x36631 (and (and (= read_index 13) (not false)) (= boundary (- phase_159 1)))))
 (let (($x45304 (and (and (= read_index 12) (not false)) (= boundary (- phase_156 1)))))
 (let (($x9919 (and (and (= read_index 11) (not false)) (= boundary (- phase_153 1)))))
 (let (($x1687 (and (and (= read_index 10) (not false)) (= boundary (- phase_150 1)))))
 (let (($x8599 (and (and (= read_index 9) (not false)) (= boundary (- phase_147 1)))))
 (let (($x34722 (and (and (= read_index 8) (not false)) (= boundary (- phase_144 1)))))
 (let (($x1557 (and (and (= read_index 7) (not false)) (= boundary (- phase_141 1)))))
 (let (($x21672 (and (and (= read_index 6) (not false)) (= boundary (- phase_138 1)))))
 (let (($x36816 (and (and (= read_index 5) (not false)) (= boundary (- phase_135 1)))))
 (let (($x40854 (and (and (= read_index 4) (not false)) (= boundary (- phase_132 1)))))
 (let (($x5880 (and (and (= read_index 3) (not false)) (= boundary (- phase_129 1)))))
 (let (($x44845 (and (and (= read_index 2) (not false)) (= boundary (- phase_126 1)))))
 (let (($x19295 (and (and (= read_index 1) (not false)) (= boundary (- phase_10 1)))))
 (let (($x2963 (and (and (= read_index 0) (not false)) (= boundary (- phase_9 1)))))
 (let (($x15973 (or (and $x2963 $x4030) (and $x19295 $x4030) (and $x44845 $x4030) (and $x5880 $x4030) (and $x40854 $x4030) (and $x36816 $x4030) (and $x21672 $x4030) (and $x1557 $x4030) (and $x34722 $x4030) (and $x8599 $x4030) (and $x1687 $x4030) (and $x9919 $x4030) (and $x45304 $x4030) (and $x36631 $x4030) (and $x11351 $x4030) (and $x2587 $x4030) (and $x10858 $x4030) (and (and (= read_index 17) (= boundary 11)) $x24635))))
 (and $x15973 (and (distinct ?x10242 read_value) true))))))))))))))))))))))))))))))))
(check-sat)
