(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_208 () Int)
(declare-fun phase_214 () Int)
(declare-fun phase_217 () Int)
(declare-fun phase_221 () Int)
(declare-fun phase_243 () Int)
(declare-fun phase_247 () Int)
(declare-fun phase_248 () Int)
(declare-fun phase_251 () Int)
(declare-fun phase_252 () Int)
(declare-fun phase_259 () Int)
(declare-fun phase_265 () Int)
(declare-fun phase_268 () Int)
(declare-fun phase_276 () Int)
(declare-fun phase_277 () Int)
(declare-fun phase_278 () Int)
(declare-fun phase_279 () Int)
(declare-fun phase_280 () Int)
(declare-fun phase_286 () Int)
(declare-fun phase_289 () Int)
(declare-fun phase_290 () Int)
(declare-fun phase_292 () Int)
(declare-fun phase_306 () Int)
(declare-fun phase_338 () Int)
(declare-fun phase_347 () Int)
(declare-fun phase_370 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_208 18))
(assert
 (= phase_214 18))
(assert
 (= phase_217 16))
(assert
 (= phase_221 18))
(assert
 (= phase_243 18))
(assert
 (= phase_247 16))
(assert
 (= phase_248 16))
(assert
 (= phase_251 18))
(assert
 (= phase_252 16))
(assert
 (= phase_259 16))
(assert
 (= phase_265 16))
(assert
 (= phase_268 16))
(assert
 (= phase_276 18))
(assert
 (= phase_277 16))
(assert
 (= phase_278 18))
(assert
 (= phase_279 16))
(assert
 (= phase_280 18))
(assert
 (= phase_286 18))
(assert
 (= phase_289 18))
(assert
 (= phase_290 18))
(assert
 (= phase_292 18))
(assert
 (= phase_306 18))
(assert
 (= phase_338 18))
(assert
 (= phase_347 18))
(assert
 (= phase_370 16))
(assert
 (let ((?x7101 (ite (and (and true (<= (- 1) 13)) (< 13 536870911)) x_0 0.0)))
 (= window_start_contents ?x7101)))
(assert
 (let (($x123385 (and (distinct window_start_contents read_value) true)))
 (let (($x118797 (or (not (and (and true (> boundary 13)) (<= boundary 17))) $x123385)))
 (let (($x112500 (= read_value x_0)))
 (let (($x43110 (and (and (= read_index 210) (not false)) (= boundary (- phase_370 1)))))
 (let (($x115899 (and (and (= read_index 195) (not false)) (= boundary (- phase_347 1)))))
 (let (($x129794 (and (and (= read_index 190) (not false)) (= boundary (- phase_338 1)))))
 (let (($x15229 (and (and (= read_index 176) (not false)) (= boundary (- phase_306 1)))))
 (let (($x105573 (and (and (= read_index 169) (not false)) (= boundary (- phase_292 1)))))
 (let (($x130849 (and (and (= read_index 168) (not false)) (= boundary (- phase_290 1)))))
 (let (($x663 (and (and (= read_index 167) (not false)) (= boundary (- phase_289 1)))))
 (let (($x128831 (and (and (= read_index 165) (not false)) (= boundary (- phase_286 1)))))
 (let (($x44965 (and (and (= read_index 162) (not false)) (= boundary (- phase_280 1)))))
 (let (($x43867 (and (and (= read_index 161) (not false)) (= boundary (- phase_279 1)))))
 (let (($x22783 (and (and (= read_index 160) (not false)) (= boundary (- phase_278 1)))))
 (let (($x124875 (and (and (= read_index 159) (not false)) (= boundary (- phase_277 1)))))
 (let (($x54431 (and (and (= read_index 158) (not false)) (= boundary (- phase_276 1)))))
 (let (($x33234 (and (and (= read_index 155) (not false)) (= boundary (- phase_268 1)))))
 (let (($x120595 (and (and (= read_index 154) (not false)) (= boundary (- phase_265 1)))))
 (let (($x56431 (and (and (= read_index 150) (not false)) (= boundary (- phase_259 1)))))
 (let (($x130040 (and (and (= read_index 145) (not false)) (= boundary (- phase_252 1)))))
 (let (($x22598 (and (and (= read_index 144) (not false)) (= boundary (- phase_251 1)))))
 (let (($x25408 (and (and (= read_index 143) (not false)) (= boundary (- phase_248 1)))))
 (let (($x68040 (and (and (= read_index 142) (not false)) (= boundary (- phase_247 1)))))
 (let (($x35998 (and (and (= read_index 139) (not false)) (= boundary (- phase_243 1)))))
 (let (($x129078 (and (and (= read_index 130) (not false)) (= boundary (- phase_221 1)))))
 (let (($x118963 (and (and (= read_index 127) (not false)) (= boundary (- phase_217 1)))))
 (let (($x99443 (and (and (= read_index 124) (not false)) (= boundary (- phase_214 1)))))
 (let (($x53390 (and (and (= read_index 121) (not false)) (= boundary (- phase_208 1)))))
 (let (($x44929 (or (and $x53390 $x112500) (and $x99443 $x112500) (and $x118963 $x112500) (and $x129078 $x112500) (and $x35998 $x112500) (and $x68040 $x112500) (and $x25408 $x112500) (and $x22598 $x112500) (and $x130040 $x112500) (and $x56431 $x112500) (and $x120595 $x112500) (and $x33234 $x112500) (and $x54431 $x112500) (and $x124875 $x112500) (and $x22783 $x112500) (and $x43867 $x112500) (and $x44965 $x112500) (and $x128831 $x112500) (and $x663 $x112500) (and $x130849 $x112500) (and $x105573 $x112500) (and $x15229 $x112500) (and $x129794 $x112500) (and $x115899 $x112500) (and $x43110 $x112500))))
 (let (($x42836 (and $x44929 $x118797)))
 (let ((?x37503 (ite (and (and true (<= (- 1) boundary)) (< boundary 536870911)) x_0 0.0)))
 (let (($x113303 (and (distinct window_start_contents ?x37503) true)))
 (let (($x27989 (<= boundary 17)))
 (let (($x10174 (> boundary 13)))
 (let (($x12571 (and true $x10174)))
 (let (($x37274 (and $x12571 $x27989)))
 (let (($x42858 (<= boundary 39)))
 (let (($x24469 (>= boundary (- 1))))
 (let (($x42751 (and (= boundary (+ (* 2 boundary_half) 1)) $x24469)))
 (let (($x42862 (and $x42751 $x42858)))
 (let (($x38507 (and $x42862 $x37274)))
 (let (($x38519 (and $x38507 $x113303)))
 (or $x38519 $x42836))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
