(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_61 () Int)
(declare-fun phase_62 () Int)
(declare-fun phase_63 () Int)
(declare-fun phase_76 () Int)
(declare-fun phase_77 () Int)
(declare-fun phase_78 () Int)
(declare-fun phase_91 () Int)
(declare-fun phase_92 () Int)
(declare-fun phase_93 () Int)
(declare-fun phase_114 () Int)
(declare-fun phase_135 () Int)
(declare-fun phase_138 () Int)
(declare-fun phase_140 () Int)
(declare-fun read_value () Real)
(declare-fun x_161 () Real)
(declare-fun boundary () Int)
(declare-fun x_35 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_61 2))
(assert
 (= phase_62 2))
(assert
 (= phase_63 2))
(assert
 (= phase_76 2))
(assert
 (= phase_77 2))
(assert
 (= phase_78 2))
(assert
 (= phase_91 2))
(assert
 (= phase_92 2))
(assert
 (= phase_93 2))
(assert
 (= phase_114 4))
(assert
 (= phase_135 4))
(assert
 (= phase_138 4))
(assert
 (= phase_140 10))
(assert
 (let ((?x10600 (* (- 1.0) x_161)))
 (let (($x19148 (>= boundary 11)))
 (let ((?x10665 (ite $x19148 ?x10600 0.0)))
 (let ((?x1828 (* (- 1.0) x_35)))
 (let (($x36784 (>= boundary 5)))
 (let ((?x2282 (ite $x36784 ?x1828 0.0)))
 (let ((?x12329 (+ (ite (>= boundary 1) (* 1.0 x_35) 0.0) ?x2282 (ite (>= boundary 9) (* 1.0 x_161) 0.0) ?x10665)))
 (let (($x26695 (= read_value x_161)))
 (let (($x22022 (and (and (= read_index 12) (not false)) (= boundary (- phase_140 1)))))
 (let (($x7617 (= read_value x_35)))
 (let (($x6967 (and (and (= read_index 11) (not false)) (= boundary (- phase_138 1)))))
 (let (($x21252 (and (and (= read_index 10) (not false)) (= boundary (- phase_135 1)))))
 (let (($x10072 (and (and (= read_index 9) (not false)) (= boundary (- phase_114 1)))))
 (let (($x27310 (and (and (= read_index 8) (not false)) (= boundary (- phase_93 1)))))
 (let (($x4820 (and (and (= read_index 7) (not false)) (= boundary (- phase_92 1)))))
 (let (($x12448 (and (and (= read_index 6) (not false)) (= boundary (- phase_91 1)))))
 (let (($x18776 (and (and (= read_index 5) (not false)) (= boundary (- phase_78 1)))))
 (let (($x11850 (and (and (= read_index 4) (not false)) (= boundary (- phase_77 1)))))
 (let (($x5519 (and (and (= read_index 3) (not false)) (= boundary (- phase_76 1)))))
 (let (($x51007 (and (and (= read_index 2) (not false)) (= boundary (- phase_63 1)))))
 (let (($x20771 (and (and (= read_index 1) (not false)) (= boundary (- phase_62 1)))))
 (let (($x6177 (and (and (= read_index 0) (not false)) (= boundary (- phase_61 1)))))
 (let (($x31420 (or (and $x6177 $x7617) (and $x20771 $x7617) (and $x51007 $x7617) (and $x5519 $x7617) (and $x11850 $x7617) (and $x18776 $x7617) (and $x12448 $x7617) (and $x4820 $x7617) (and $x27310 $x7617) (and $x10072 $x7617) (and $x21252 $x7617) (and $x6967 $x7617) (and $x22022 $x26695))))
 (and $x31420 (and (distinct ?x12329 read_value) true))))))))))))))))))))))))))
(check-sat)
