(set-logic QF_LIRA)
; 
(set-info :status unknown)
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
(declare-fun boundary_half () Int)
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
 (let ((?x11692 (ite (and (and true (<= (- 1) (- 1))) (< (- 1) 536870911)) x_2 0.0)))
 (= window_start_contents ?x11692)))
(assert
 (let (($x8320 (or (not (and true (> boundary (- 1)))) (and (distinct window_start_contents read_value) true))))
 (let (($x23744 (= read_value x_2)))
 (let (($x15731 (and (and (= read_index 30) (not false)) (= boundary (- phase_169 1)))))
 (let (($x23743 (and (and (= read_index 29) (not false)) (= boundary (- phase_166 1)))))
 (let (($x8626 (and (and (= read_index 28) (not false)) (= boundary (- phase_163 1)))))
 (let (($x17373 (and (and (= read_index 27) (not false)) (= boundary (- phase_160 1)))))
 (let (($x24755 (and (and (= read_index 26) (not false)) (= boundary (- phase_157 1)))))
 (let (($x21000 (and (and (= read_index 25) (not false)) (= boundary (- phase_154 1)))))
 (let (($x16161 (and (and (= read_index 24) (not false)) (= boundary (- phase_151 1)))))
 (let (($x8689 (and (and (= read_index 23) (not false)) (= boundary (- phase_148 1)))))
 (let (($x26440 (and (and (= read_index 22) (not false)) (= boundary (- phase_145 1)))))
 (let (($x25037 (and (and (= read_index 21) (not false)) (= boundary (- phase_142 1)))))
 (let (($x51788 (and (and (= read_index 20) (not false)) (= boundary (- phase_139 1)))))
 (let (($x1459 (and (and (= read_index 19) (not false)) (= boundary (- phase_136 1)))))
 (let (($x20970 (and (and (= read_index 18) (not false)) (= boundary (- phase_133 1)))))
 (let (($x20201 (and (and (= read_index 17) (not false)) (= boundary (- phase_130 1)))))
 (let (($x25591 (and (and (= read_index 16) (not false)) (= boundary (- phase_127 1)))))
 (let (($x8599 (or (and $x25591 $x23744) (and $x20201 $x23744) (and $x20970 $x23744) (and $x1459 $x23744) (and $x51788 $x23744) (and $x25037 $x23744) (and $x26440 $x23744) (and $x8689 $x23744) (and $x16161 $x23744) (and $x21000 $x23744) (and $x24755 $x23744) (and $x17373 $x23744) (and $x8626 $x23744) (and $x23743 $x23744) (and $x15731 $x23744))))
 (let (($x4304 (and $x8599 $x8320)))
 (let ((?x15726 (ite (and (and true (<= (- 1) boundary)) (< boundary 536870911)) x_2 0.0)))
 (let (($x20793 (and (distinct window_start_contents ?x15726) true)))
 (let (($x37745 (> boundary (- 1))))
 (let (($x24811 (and true $x37745)))
 (let (($x39390 (<= boundary 11)))
 (let (($x38444 (>= boundary (- 1))))
 (let (($x39382 (and (= boundary (+ (* 2 boundary_half) 1)) $x38444)))
 (let (($x39398 (and $x39382 $x39390)))
 (let (($x20200 (and $x39398 $x24811)))
 (let (($x21491 (and $x20200 $x20793)))
 (or $x21491 $x4304)))))))))))))))))))))))))))))))
(check-sat)
