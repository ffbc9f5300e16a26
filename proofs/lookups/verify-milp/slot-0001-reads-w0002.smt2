(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_1 () Int)
(declare-fun phase_2 () Int)
(declare-fun phase_3 () Int)
(declare-fun phase_5 () Int)
(declare-fun phase_12 () Int)
(declare-fun phase_13 () Int)
(declare-fun phase_14 () Int)
(declare-fun phase_15 () Int)
(declare-fun phase_16 () Int)
(declare-fun phase_17 () Int)
(declare-fun phase_18 () Int)
(declare-fun phase_19 () Int)
(declare-fun phase_20 () Int)
(declare-fun phase_21 () Int)
(declare-fun phase_22 () Int)
(declare-fun phase_23 () Int)
(declare-fun phase_24 () Int)
(declare-fun phase_25 () Int)
(declare-fun phase_26 () Int)
(declare-fun phase_27 () Int)
(declare-fun phase_28 () Int)
(declare-fun phase_29 () Int)
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
(declare-fun phase_127 () Int)
(declare-fun phase_130 () Int)
(declare-fun phase_133 () Int)
(declare-fun phase_136 () Int)
(declare-fun phase_139 () Int)
(declare-fun phase_142 () Int)
(declare-fun phase_145 () Int)
(declare-fun phase_148 () Int)
(declare-fun phase_151 () Int)
(declare-fun phase_154 () Int)
(declare-fun phase_157 () Int)
(declare-fun phase_160 () Int)
(declare-fun phase_163 () Int)
(declare-fun phase_166 () Int)
(declare-fun phase_169 () Int)
(declare-fun x_1 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_1 2))
(assert
 (= phase_2 2))
(assert
 (= phase_3 2))
(assert
 (= phase_5 10))
(assert
 (= phase_12 0))
(assert
 (= phase_13 7))
(assert
 (= phase_14 0))
(assert
 (= phase_15 0))
(assert
 (= phase_16 0))
(assert
 (= phase_17 0))
(assert
 (= phase_18 0))
(assert
 (= phase_19 0))
(assert
 (= phase_20 0))
(assert
 (= phase_21 0))
(assert
 (= phase_22 0))
(assert
 (= phase_23 0))
(assert
 (= phase_24 0))
(assert
 (= phase_25 0))
(assert
 (= phase_26 0))
(assert
 (= phase_27 0))
(assert
 (= phase_28 0))
(assert
 (= phase_29 0))
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
 (= phase_127 8))
(assert
 (= phase_130 8))
(assert
 (= phase_133 8))
(assert
 (= phase_136 8))
(assert
 (= phase_139 8))
(assert
 (= phase_142 8))
(assert
 (= phase_145 8))
(assert
 (= phase_148 8))
(assert
 (= phase_151 8))
(assert
 (= phase_154 8))
(assert
 (= phase_157 8))
(assert
 (= phase_160 8))
(assert
 (= phase_163 8))
(assert
 (= phase_166 8))
(assert
 (= phase_169 8))
(assert
 (let ((?x22846 (ite (and (and true (<= (- 1) 3)) (< 3 536870911)) x_1 0.0)))
 (= window_start_contents ?x22846)))
(assert
 (let (($x4320 (and (distinct window_start_contents read_value) true)))
 (let (($x15395 (> boundary 3)))
 (let (($x19103 (and true $x15395)))
 (let (($x9617 (not $x19103)))
 (let (($x10863 (or $x9617 $x4320)))
 (let (($x7643 (= read_value x_1)))
 (let (($x18631 (and (and (= read_index 52) (not false)) (= boundary (- phase_169 1)))))
 (let (($x20708 (and $x18631 $x7643)))
 (let (($x10925 (and (and (= read_index 51) (not false)) (= boundary (- phase_166 1)))))
 (let (($x23390 (and $x10925 $x7643)))
 (let (($x10485 (and (and (= read_index 50) (not false)) (= boundary (- phase_163 1)))))
 (let (($x11027 (and $x10485 $x7643)))
 (let (($x10435 (and (and (= read_index 49) (not false)) (= boundary (- phase_160 1)))))
 (let (($x35153 (and $x10435 $x7643)))
 (let (($x41257 (and (and (= read_index 48) (not false)) (= boundary (- phase_157 1)))))
 (let (($x11024 (and $x41257 $x7643)))
 (let (($x23362 (and (and (= read_index 47) (not false)) (= boundary (- phase_154 1)))))
 (let (($x16108 (and $x23362 $x7643)))
 (let (($x11489 (and (and (= read_index 46) (not false)) (= boundary (- phase_151 1)))))
 (let (($x6594 (and $x11489 $x7643)))
 (let (($x14971 (and (and (= read_index 45) (not false)) (= boundary (- phase_148 1)))))
 (let (($x13939 (and $x14971 $x7643)))
 (let (($x8123 (and (and (= read_index 44) (not false)) (= boundary (- phase_145 1)))))
 (let (($x20089 (and $x8123 $x7643)))
 (let (($x3215 (and (and (= read_index 43) (not false)) (= boundary (- phase_142 1)))))
 (let (($x1715 (and $x3215 $x7643)))
 (let (($x20371 (and (and (= read_index 42) (not false)) (= boundary (- phase_139 1)))))
 (let (($x20443 (and $x20371 $x7643)))
 (let (($x4427 (and (and (= read_index 41) (not false)) (= boundary (- phase_136 1)))))
 (let (($x15373 (and $x4427 $x7643)))
 (let (($x23309 (and (and (= read_index 40) (not false)) (= boundary (- phase_133 1)))))
 (let (($x10721 (and $x23309 $x7643)))
 (let (($x29368 (and (and (= read_index 39) (not false)) (= boundary (- phase_130 1)))))
 (let (($x15002 (and $x29368 $x7643)))
 (let (($x24910 (and (and (= read_index 38) (not false)) (= boundary (- phase_127 1)))))
 (let (($x24941 (and $x24910 $x7643)))
 (let (($x18457 (and (and (= read_index 37) (not false)) (= boundary (- phase_125 1)))))
 (let (($x19153 (and $x18457 $x7643)))
 (let (($x14765 (and (and (= read_index 5) (not false)) (= boundary (- phase_13 2)))))
 (let (($x15093 (and $x14765 $x7643)))
 (let (($x7795 (and (and (= read_index 3) (not false)) (= boundary (- phase_5 1)))))
 (let (($x8917 (and $x7795 $x7643)))
 (let (($x20497 (or $x8917 $x15093 $x19153 $x24941 $x15002 $x10721 $x15373 $x20443 $x1715 $x20089 $x13939 $x6594 $x16108 $x11024 $x35153 $x11027 $x23390 $x20708)))
 (and $x20497 $x10863)))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
