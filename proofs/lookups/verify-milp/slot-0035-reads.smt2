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
(declare-fun x_103 () Real)
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
 (= phase_125 8))
(assert
 (let ((?x12864 (* 1.0 x_103)))
 (let (($x11768 (>= boundary 11)))
 (let ((?x15791 (ite $x11768 ?x12864 0.0)))
 (let ((?x8353 (* (- 1.0) x_22)))
 (let (($x11172 (>= boundary 9)))
 (let ((?x9862 (ite $x11172 ?x8353 0.0)))
 (let (($x21412 (>= boundary 3)))
 (let ((?x7712 (ite $x21412 (* 1.0 x_22) 0.0)))
 (let ((?x16409 (+ ?x7712 ?x9862 ?x15791)))
 (let (($x17492 (= read_value x_103)))
 (let (($x11007 (= read_value x_22)))
 (let (($x12481 (and (and (= read_index 15) (not false)) (= boundary (- phase_125 1)))))
 (let (($x20463 (and (and (= read_index 14) (not false)) (= boundary (- phase_124 1)))))
 (let (($x25510 (and (and (= read_index 13) (not false)) (= boundary (- phase_123 1)))))
 (let (($x6389 (and (and (= read_index 12) (not false)) (= boundary (- phase_122 1)))))
 (let (($x23247 (and (and (= read_index 11) (not false)) (= boundary (- phase_121 1)))))
 (let (($x28727 (and (and (= read_index 10) (not false)) (= boundary (- phase_120 1)))))
 (let (($x8012 (and (and (= read_index 9) (not false)) (= boundary (- phase_119 1)))))
 (let (($x9575 (and (and (= read_index 8) (not false)) (= boundary (- phase_118 1)))))
 (let (($x14989 (and (and (= read_index 7) (not false)) (= boundary (- phase_117 1)))))
 (let (($x15543 (and (and (= read_index 6) (not false)) (= boundary (- phase_116 1)))))
 (let (($x49140 (and (and (= read_index 5) (not false)) (= boundary (- phase_115 1)))))
 (let (($x17220 (and (and (= read_index 4) (not false)) (= boundary (- phase_114 1)))))
 (let (($x24100 (and (and (= read_index 3) (not false)) (= boundary (- phase_113 1)))))
 (let (($x25790 (and (and (= read_index 2) (not false)) (= boundary (- phase_112 1)))))
 (let (($x15860 (and (and (= read_index 1) (not false)) (= boundary (- phase_111 1)))))
 (let (($x10865 (and (and (= read_index 0) (not false)) (= boundary (- phase_110 1)))))
 (let (($x2068 (or (and $x10865 $x11007) (and $x15860 $x11007) (and $x25790 $x11007) (and $x24100 $x11007) (and $x17220 $x11007) (and $x49140 $x11007) (and $x15543 $x11007) (and $x14989 $x11007) (and $x9575 $x11007) (and $x8012 $x11007) (and $x28727 $x11007) (and $x23247 $x11007) (and $x6389 $x11007) (and $x25510 $x11007) (and $x20463 $x11007) (and $x12481 $x11007) (and (and (= read_index 16) (= boundary 11)) $x17492))))
 (and $x2068 (and (distinct ?x16409 read_value) true)))))))))))))))))))))))))))))))
(check-sat)
