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
 (= phase_5 2))
(assert
 (= phase_12 0))
(assert
 (= phase_13 1))
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
 (= phase_125 4))
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
 (let ((?x56737 (ite (and (and true (<= (- 1) 3)) (< 3 536870911)) x_1 0.0)))
 (= window_start_contents ?x56737)))
(assert
 (let (($x8756 (and (distinct window_start_contents read_value) true)))
 (let (($x25094 (> boundary 3)))
 (let (($x47143 (and true $x25094)))
 (let (($x34376 (not $x47143)))
 (let (($x53596 (or $x34376 $x8756)))
 (let (($x43958 (= read_value x_1)))
 (let (($x43511 (and (and (= read_index 52) (not false)) (= boundary (- phase_169 1)))))
 (let (($x39430 (and $x43511 $x43958)))
 (let (($x43298 (and (and (= read_index 51) (not false)) (= boundary (- phase_166 1)))))
 (let (($x4585 (and $x43298 $x43958)))
 (let (($x38913 (and (and (= read_index 50) (not false)) (= boundary (- phase_163 1)))))
 (let (($x24992 (and $x38913 $x43958)))
 (let (($x52810 (and (and (= read_index 49) (not false)) (= boundary (- phase_160 1)))))
 (let (($x7178 (and $x52810 $x43958)))
 (let (($x8611 (and (and (= read_index 48) (not false)) (= boundary (- phase_157 1)))))
 (let (($x54583 (and $x8611 $x43958)))
 (let (($x16688 (and (and (= read_index 47) (not false)) (= boundary (- phase_154 1)))))
 (let (($x19316 (and $x16688 $x43958)))
 (let (($x43918 (and (and (= read_index 46) (not false)) (= boundary (- phase_151 1)))))
 (let (($x44445 (and $x43918 $x43958)))
 (let (($x3347 (and (and (= read_index 45) (not false)) (= boundary (- phase_148 1)))))
 (let (($x56877 (and $x3347 $x43958)))
 (let (($x28432 (and (and (= read_index 44) (not false)) (= boundary (- phase_145 1)))))
 (let (($x41001 (and $x28432 $x43958)))
 (let (($x56653 (and (and (= read_index 43) (not false)) (= boundary (- phase_142 1)))))
 (let (($x28358 (and $x56653 $x43958)))
 (let (($x50588 (and (and (= read_index 42) (not false)) (= boundary (- phase_139 1)))))
 (let (($x34490 (and $x50588 $x43958)))
 (let (($x53748 (and (and (= read_index 41) (not false)) (= boundary (- phase_136 1)))))
 (let (($x53859 (and $x53748 $x43958)))
 (let (($x43889 (and (and (= read_index 40) (not false)) (= boundary (- phase_133 1)))))
 (let (($x44004 (and $x43889 $x43958)))
 (let (($x27982 (and (and (= read_index 39) (not false)) (= boundary (- phase_130 1)))))
 (let (($x27983 (and $x27982 $x43958)))
 (let (($x7285 (and (and (= read_index 38) (not false)) (= boundary (- phase_127 1)))))
 (let (($x10426 (and $x7285 $x43958)))
 (let (($x51374 (or $x10426 $x27983 $x44004 $x53859 $x34490 $x28358 $x41001 $x56877 $x44445 $x19316 $x54583 $x7178 $x24992 $x4585 $x39430)))
 (and $x51374 $x53596)))))))))))))))))))))))))))))))))))))))
(check-sat)
