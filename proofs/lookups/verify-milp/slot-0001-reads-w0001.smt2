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
 (let ((?x7553 (ite (and (and true (<= (- 1) (- 1))) (< (- 1) 536870911)) x_1 0.0)))
 (= window_start_contents ?x7553)))
(assert
 (let (($x4320 (and (distinct window_start_contents read_value) true)))
 (let (($x23277 (not (and (and true (> boundary (- 1))) (<= boundary 3)))))
 (let (($x12708 (or $x23277 $x4320)))
 (let (($x7643 (= read_value x_1)))
 (let (($x15621 (and (and (= read_index 36) (not false)) (= boundary (- phase_124 1)))))
 (let (($x25233 (and $x15621 $x7643)))
 (let (($x35026 (and (and (= read_index 35) (not false)) (= boundary (- phase_123 1)))))
 (let (($x11516 (and $x35026 $x7643)))
 (let (($x3869 (and (and (= read_index 34) (not false)) (= boundary (- phase_122 1)))))
 (let (($x4250 (and $x3869 $x7643)))
 (let (($x9572 (and (and (= read_index 33) (not false)) (= boundary (- phase_121 1)))))
 (let (($x13870 (and $x9572 $x7643)))
 (let (($x10515 (and (and (= read_index 32) (not false)) (= boundary (- phase_120 1)))))
 (let (($x23088 (and $x10515 $x7643)))
 (let (($x8880 (and (and (= read_index 31) (not false)) (= boundary (- phase_119 1)))))
 (let (($x3911 (and $x8880 $x7643)))
 (let (($x11467 (and (and (= read_index 30) (not false)) (= boundary (- phase_118 1)))))
 (let (($x22397 (and $x11467 $x7643)))
 (let (($x4315 (and (and (= read_index 29) (not false)) (= boundary (- phase_117 1)))))
 (let (($x22942 (and $x4315 $x7643)))
 (let (($x9644 (and (and (= read_index 28) (not false)) (= boundary (- phase_116 1)))))
 (let (($x11360 (and $x9644 $x7643)))
 (let (($x12173 (and (and (= read_index 27) (not false)) (= boundary (- phase_115 1)))))
 (let (($x5477 (and $x12173 $x7643)))
 (let (($x19591 (and (and (= read_index 26) (not false)) (= boundary (- phase_114 1)))))
 (let (($x15091 (and $x19591 $x7643)))
 (let (($x8455 (and (and (= read_index 25) (not false)) (= boundary (- phase_113 1)))))
 (let (($x23138 (and $x8455 $x7643)))
 (let (($x5803 (and (and (= read_index 24) (not false)) (= boundary (- phase_112 1)))))
 (let (($x11403 (and $x5803 $x7643)))
 (let (($x13546 (and (and (= read_index 23) (not false)) (= boundary (- phase_111 1)))))
 (let (($x13007 (and $x13546 $x7643)))
 (let (($x24828 (and (and (= read_index 22) (not false)) (= boundary (- phase_110 1)))))
 (let (($x18806 (and $x24828 $x7643)))
 (let (($x20756 (and (and (= read_index 2) (not false)) (= boundary (- phase_3 1)))))
 (let (($x20822 (and $x20756 $x7643)))
 (let (($x18359 (and (and (= read_index 1) (not false)) (= boundary (- phase_2 1)))))
 (let (($x19457 (and $x18359 $x7643)))
 (let (($x9467 (and (and (= read_index 0) (not false)) (= boundary (- phase_1 1)))))
 (let (($x9913 (and $x9467 $x7643)))
 (let (($x19088 (or $x9913 $x19457 $x20822 $x18806 $x13007 $x11403 $x23138 $x15091 $x5477 $x11360 $x22942 $x22397 $x3911 $x23088 $x13870 $x4250 $x11516 $x25233)))
 (and $x19088 $x12708)))))))))))))))))))))))))))))))))))))))))))
(check-sat)
