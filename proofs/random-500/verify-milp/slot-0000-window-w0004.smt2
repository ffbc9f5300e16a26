(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_126 () Int)
(declare-fun phase_153 () Int)
(declare-fun phase_173 () Int)
(declare-fun phase_208 () Int)
(declare-fun phase_214 () Int)
(declare-fun phase_217 () Int)
(declare-fun phase_220 () Int)
(declare-fun phase_221 () Int)
(declare-fun phase_224 () Int)
(declare-fun phase_228 () Int)
(declare-fun phase_233 () Int)
(declare-fun phase_243 () Int)
(declare-fun phase_246 () Int)
(declare-fun phase_247 () Int)
(declare-fun phase_248 () Int)
(declare-fun phase_251 () Int)
(declare-fun phase_252 () Int)
(declare-fun phase_278 () Int)
(declare-fun phase_285 () Int)
(declare-fun phase_286 () Int)
(declare-fun phase_289 () Int)
(declare-fun phase_292 () Int)
(declare-fun phase_338 () Int)
(declare-fun phase_394 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_126 18))
(assert
 (= phase_153 16))
(assert
 (= phase_173 16))
(assert
 (= phase_208 18))
(assert
 (= phase_214 18))
(assert
 (= phase_217 16))
(assert
 (= phase_220 18))
(assert
 (= phase_221 18))
(assert
 (= phase_224 18))
(assert
 (= phase_228 18))
(assert
 (= phase_233 18))
(assert
 (= phase_243 18))
(assert
 (= phase_246 16))
(assert
 (= phase_247 16))
(assert
 (= phase_248 16))
(assert
 (= phase_251 18))
(assert
 (= phase_252 16))
(assert
 (= phase_278 18))
(assert
 (= phase_285 18))
(assert
 (= phase_286 18))
(assert
 (= phase_289 18))
(assert
 (= phase_292 18))
(assert
 (= phase_338 18))
(assert
 (= phase_394 18))
(assert
 (let ((?x22785 (ite (and (and true (<= (- 1) 13)) (< 13 536870911)) x_0 0.0)))
 (= window_start_contents ?x22785)))
(assert
 (let (($x120787 (and (distinct window_start_contents read_value) true)))
 (let (($x12815 (or (not (and (and true (> boundary 13)) (<= boundary 17))) $x120787)))
 (let (($x126971 (= read_value x_0)))
 (let (($x57474 (and (and (= read_index 226) (not false)) (= boundary (- phase_394 1)))))
 (let (($x9670 (and (and (= read_index 190) (not false)) (= boundary (- phase_338 1)))))
 (let (($x31040 (and (and (= read_index 169) (not false)) (= boundary (- phase_292 1)))))
 (let (($x43638 (and (and (= read_index 167) (not false)) (= boundary (- phase_289 1)))))
 (let (($x54180 (and (and (= read_index 165) (not false)) (= boundary (- phase_286 1)))))
 (let (($x118717 (and (and (= read_index 164) (not false)) (= boundary (- phase_285 1)))))
 (let (($x54248 (and (and (= read_index 160) (not false)) (= boundary (- phase_278 1)))))
 (let (($x43940 (and (and (= read_index 145) (not false)) (= boundary (- phase_252 1)))))
 (let (($x66121 (and (and (= read_index 144) (not false)) (= boundary (- phase_251 1)))))
 (let (($x131137 (and (and (= read_index 143) (not false)) (= boundary (- phase_248 1)))))
 (let (($x31504 (and (and (= read_index 142) (not false)) (= boundary (- phase_247 1)))))
 (let (($x16255 (and (and (= read_index 141) (not false)) (= boundary (- phase_246 1)))))
 (let (($x25767 (and (and (= read_index 139) (not false)) (= boundary (- phase_243 1)))))
 (let (($x31594 (and (and (= read_index 136) (not false)) (= boundary (- phase_233 1)))))
 (let (($x28213 (and (and (= read_index 134) (not false)) (= boundary (- phase_228 1)))))
 (let (($x43963 (and (and (= read_index 131) (not false)) (= boundary (- phase_224 1)))))
 (let (($x26056 (and (and (= read_index 130) (not false)) (= boundary (- phase_221 1)))))
 (let (($x7754 (and (and (= read_index 129) (not false)) (= boundary (- phase_220 1)))))
 (let (($x130087 (and (and (= read_index 127) (not false)) (= boundary (- phase_217 1)))))
 (let (($x54836 (and (and (= read_index 124) (not false)) (= boundary (- phase_214 1)))))
 (let (($x54826 (and (and (= read_index 121) (not false)) (= boundary (- phase_208 1)))))
 (let (($x133731 (and (and (= read_index 101) (not false)) (= boundary (- phase_173 1)))))
 (let (($x119200 (and (and (= read_index 91) (not false)) (= boundary (- phase_153 1)))))
 (let (($x102072 (and (and (= read_index 72) (not false)) (= boundary (- phase_126 1)))))
 (let (($x30970 (or (and $x102072 $x126971) (and $x119200 $x126971) (and $x133731 $x126971) (and $x54826 $x126971) (and $x54836 $x126971) (and $x130087 $x126971) (and $x7754 $x126971) (and $x26056 $x126971) (and $x43963 $x126971) (and $x28213 $x126971) (and $x31594 $x126971) (and $x25767 $x126971) (and $x16255 $x126971) (and $x31504 $x126971) (and $x131137 $x126971) (and $x66121 $x126971) (and $x43940 $x126971) (and $x54248 $x126971) (and $x118717 $x126971) (and $x54180 $x126971) (and $x43638 $x126971) (and $x31040 $x126971) (and $x9670 $x126971) (and $x57474 $x126971))))
 (let (($x31079 (and $x30970 $x12815)))
 (let ((?x25268 (ite (and (and true (<= (- 1) boundary)) (< boundary 536870911)) x_0 0.0)))
 (let (($x117206 (and (distinct window_start_contents ?x25268) true)))
 (let (($x38906 (<= boundary 17)))
 (let (($x30026 (> boundary 13)))
 (let (($x36401 (and true $x30026)))
 (let (($x44281 (and $x36401 $x38906)))
 (let (($x35941 (<= boundary 39)))
 (let (($x15932 (>= boundary (- 1))))
 (let (($x35923 (and (= boundary (+ (* 2 boundary_half) 1)) $x15932)))
 (let (($x36073 (and $x35923 $x35941)))
 (let (($x45334 (and $x36073 $x44281)))
 (let (($x53896 (and $x45334 $x117206)))
 (or $x53896 $x31079)))))))))))))))))))))))))))))))))))))))))))
(check-sat)
