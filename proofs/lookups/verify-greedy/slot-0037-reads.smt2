(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_110 () Int)
(declare-fun phase_111 () Int)
(declare-fun phase_112 () Int)
(declare-fun phase_113 () Int)
(declare-fun phase_114 () Int)
(declare-fun phase_115 () Int)
(declare-fun phase_116 () Int)
(declare-fun phase_117 () Int)
(declare-fun phase_118 () Int)
(declare-fun phase_119 () Int)
(declare-fun phase_120 () Int)
(declare-fun phase_121 () Int)
(declare-fun phase_122 () Int)
(declare-fun phase_123 () Int)
(declare-fun phase_124 () Int)
(declare-fun phase_125 () Int)
(declare-fun read_value () Real)
(declare-fun x_158 () Real)
(declare-fun boundary () Int)
(declare-fun x_22 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_110 4))
(assert
 (= phase_111 4))
(assert
 (= phase_112 4))
(assert
 (= phase_113 4))
(assert
 (= phase_114 4))
(assert
 (= phase_115 4))
(assert
 (= phase_116 4))
(assert
 (= phase_117 4))
(assert
 (= phase_118 4))
(assert
 (= phase_119 4))
(assert
 (= phase_120 4))
(assert
 (= phase_121 4))
(assert
 (= phase_122 4))
(assert
 (= phase_123 4))
(assert
 (= phase_124 4))
(assert
 (= phase_125 4))
(assert
 (let ((?x20469 (* 1.0 x_158)))
 (let (($x19148 (>= boundary 11)))
 (let ((?x21696 (ite $x19148 ?x20469 0.0)))
 (let ((?x7892 (* (- 1.0) x_22)))
 (let (($x36784 (>= boundary 5)))
 (let ((?x15963 (ite $x36784 ?x7892 0.0)))
 (let (($x21793 (>= boundary 3)))
 (let ((?x6833 (ite $x21793 (* 1.0 x_22) 0.0)))
 (let ((?x25040 (+ ?x6833 ?x15963 ?x21696)))
 (let (($x7408 (= read_value x_158)))
 (let (($x13598 (= read_value x_22)))
 (let (($x3686 (and (and (= read_index 15) (not false)) (= boundary (- phase_125 1)))))
 (let (($x7726 (and (and (= read_index 14) (not false)) (= boundary (- phase_124 1)))))
 (let (($x1556 (and (and (= read_index 13) (not false)) (= boundary (- phase_123 1)))))
 (let (($x2267 (and (and (= read_index 12) (not false)) (= boundary (- phase_122 1)))))
 (let (($x15195 (and (and (= read_index 11) (not false)) (= boundary (- phase_121 1)))))
 (let (($x50994 (and (and (= read_index 10) (not false)) (= boundary (- phase_120 1)))))
 (let (($x50960 (and (and (= read_index 9) (not false)) (= boundary (- phase_119 1)))))
 (let (($x20076 (and (and (= read_index 8) (not false)) (= boundary (- phase_118 1)))))
 (let (($x21564 (and (and (= read_index 7) (not false)) (= boundary (- phase_117 1)))))
 (let (($x24969 (and (and (= read_index 6) (not false)) (= boundary (- phase_116 1)))))
 (let (($x23283 (and (and (= read_index 5) (not false)) (= boundary (- phase_115 1)))))
 (let (($x1641 (and (and (= read_index 4) (not false)) (= boundary (- phase_114 1)))))
 (let (($x26301 (and (and (= read_index 3) (not false)) (= boundary (- phase_113 1)))))
 (let (($x50299 (and (and (= read_index 2) (not false)) (= boundary (- phase_112 1)))))
 (let (($x27289 (and (and (= read_index 1) (not false)) (= boundary (- phase_111 1)))))
 (let (($x11335 (and (and (= read_index 0) (not false)) (= boundary (- phase_110 1)))))
 (let (($x52315 (or (and $x11335 $x13598) (and $x27289 $x13598) (and $x50299 $x13598) (and $x26301 $x13598) (and $x1641 $x13598) (and $x23283 $x13598) (and $x24969 $x13598) (and $x21564 $x13598) (and $x20076 $x13598) (and $x50960 $x13598) (and $x50994 $x13598) (and $x15195 $x13598) (and $x2267 $x13598) (and $x1556 $x13598) (and $x7726 $x13598) (and $x3686 $x13598) (and (and (= read_index 16) (= boundary 11)) $x7408))))
 (and $x52315 (and (distinct ?x25040 read_value) true)))))))))))))))))))))))))))))))
(check-sat)
