(set-logic QF_LIRA)
; 
(set-info :status unknown)
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
(declare-fun x_2 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
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
 (let ((?x2087 (ite (and (and true (<= (- 1) (- 1))) (< (- 1) 536870911)) x_2 0.0)))
 (= window_start_contents ?x2087)))
(assert
 (let (($x44276 (and (distinct window_start_contents read_value) true)))
 (let (($x2715 (> boundary (- 1))))
 (let (($x47734 (and true $x2715)))
 (let (($x6818 (not $x47734)))
 (let (($x53675 (or $x6818 $x44276)))
 (let (($x54583 (= read_value x_2)))
 (let (($x52578 (and (and (= read_index 30) (not false)) (= boundary (- phase_169 1)))))
 (let (($x6027 (and $x52578 $x54583)))
 (let (($x16660 (and (and (= read_index 29) (not false)) (= boundary (- phase_166 1)))))
 (let (($x7587 (and $x16660 $x54583)))
 (let (($x44412 (and (and (= read_index 28) (not false)) (= boundary (- phase_163 1)))))
 (let (($x44457 (and $x44412 $x54583)))
 (let (($x44463 (and (and (= read_index 27) (not false)) (= boundary (- phase_160 1)))))
 (let (($x53478 (and $x44463 $x54583)))
 (let (($x161 (and (and (= read_index 26) (not false)) (= boundary (- phase_157 1)))))
 (let (($x44207 (and $x161 $x54583)))
 (let (($x53640 (and (and (= read_index 25) (not false)) (= boundary (- phase_154 1)))))
 (let (($x11233 (and $x53640 $x54583)))
 (let (($x53697 (and (and (= read_index 24) (not false)) (= boundary (- phase_151 1)))))
 (let (($x11271 (and $x53697 $x54583)))
 (let (($x44295 (and (and (= read_index 23) (not false)) (= boundary (- phase_148 1)))))
 (let (($x6554 (and $x44295 $x54583)))
 (let (($x44375 (and (and (= read_index 22) (not false)) (= boundary (- phase_145 1)))))
 (let (($x43488 (and $x44375 $x54583)))
 (let (($x38737 (and (and (= read_index 21) (not false)) (= boundary (- phase_142 1)))))
 (let (($x38731 (and $x38737 $x54583)))
 (let (($x906 (and (and (= read_index 20) (not false)) (= boundary (- phase_139 1)))))
 (let (($x4228 (and $x906 $x54583)))
 (let (($x51122 (and (and (= read_index 19) (not false)) (= boundary (- phase_136 1)))))
 (let (($x51036 (and $x51122 $x54583)))
 (let (($x50772 (and (and (= read_index 18) (not false)) (= boundary (- phase_133 1)))))
 (let (($x51550 (and $x50772 $x54583)))
 (let (($x44070 (and (and (= read_index 17) (not false)) (= boundary (- phase_130 1)))))
 (let (($x44326 (and $x44070 $x54583)))
 (let (($x13692 (and (and (= read_index 16) (not false)) (= boundary (- phase_127 1)))))
 (let (($x14583 (and $x13692 $x54583)))
 (let (($x44349 (or $x14583 $x44326 $x51550 $x51036 $x4228 $x38731 $x43488 $x6554 $x11271 $x11233 $x44207 $x53478 $x44457 $x7587 $x6027)))
 (and $x44349 $x53675)))))))))))))))))))))))))))))))))))))))
(check-sat)
