(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_253 () Int)
(declare-fun phase_255 () Int)
(declare-fun phase_257 () Int)
(declare-fun phase_263 () Int)
(declare-fun phase_265 () Int)
(declare-fun phase_268 () Int)
(declare-fun phase_270 () Int)
(declare-fun phase_275 () Int)
(declare-fun phase_276 () Int)
(declare-fun phase_277 () Int)
(declare-fun phase_280 () Int)
(declare-fun phase_284 () Int)
(declare-fun phase_288 () Int)
(declare-fun phase_290 () Int)
(declare-fun phase_293 () Int)
(declare-fun phase_299 () Int)
(declare-fun phase_307 () Int)
(declare-fun phase_310 () Int)
(declare-fun phase_325 () Int)
(declare-fun phase_346 () Int)
(declare-fun phase_347 () Int)
(declare-fun phase_362 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_253 22))
(assert
 (= phase_255 20))
(assert
 (= phase_257 20))
(assert
 (= phase_263 22))
(assert
 (= phase_265 20))
(assert
 (= phase_268 20))
(assert
 (= phase_270 22))
(assert
 (= phase_275 22))
(assert
 (= phase_276 22))
(assert
 (= phase_277 20))
(assert
 (= phase_280 22))
(assert
 (= phase_284 22))
(assert
 (= phase_288 22))
(assert
 (= phase_290 22))
(assert
 (= phase_293 22))
(assert
 (= phase_299 20))
(assert
 (= phase_307 22))
(assert
 (= phase_310 22))
(assert
 (= phase_325 20))
(assert
 (= phase_346 22))
(assert
 (= phase_347 22))
(assert
 (= phase_362 22))
(assert
 (let ((?x26944 (ite (and (and true (<= (- 1) 17)) (< 17 536870911)) x_0 0.0)))
 (= window_start_contents ?x26944)))
(assert
 (let (($x120787 (and (distinct window_start_contents read_value) true)))
 (let (($x26654 (or (not (and (and true (> boundary 17)) (<= boundary 21))) $x120787)))
 (let (($x126971 (= read_value x_0)))
 (let (($x95327 (and (and (= read_index 203) (not false)) (= boundary (- phase_362 1)))))
 (let (($x36231 (and (and (= read_index 195) (not false)) (= boundary (- phase_347 1)))))
 (let (($x103552 (and (and (= read_index 194) (not false)) (= boundary (- phase_346 1)))))
 (let (($x127910 (and (and (= read_index 184) (not false)) (= boundary (- phase_325 1)))))
 (let (($x32972 (and (and (= read_index 179) (not false)) (= boundary (- phase_310 1)))))
 (let (($x123805 (and (and (= read_index 177) (not false)) (= boundary (- phase_307 1)))))
 (let (($x67818 (and (and (= read_index 172) (not false)) (= boundary (- phase_299 1)))))
 (let (($x47664 (and (and (= read_index 170) (not false)) (= boundary (- phase_293 1)))))
 (let (($x30007 (and (and (= read_index 168) (not false)) (= boundary (- phase_290 1)))))
 (let (($x129575 (and (and (= read_index 166) (not false)) (= boundary (- phase_288 1)))))
 (let (($x137529 (and (and (= read_index 163) (not false)) (= boundary (- phase_284 1)))))
 (let (($x116622 (and (and (= read_index 162) (not false)) (= boundary (- phase_280 1)))))
 (let (($x120760 (and (and (= read_index 159) (not false)) (= boundary (- phase_277 1)))))
 (let (($x38564 (and (and (= read_index 158) (not false)) (= boundary (- phase_276 1)))))
 (let (($x39897 (and (and (= read_index 157) (not false)) (= boundary (- phase_275 1)))))
 (let (($x36223 (and (and (= read_index 156) (not false)) (= boundary (- phase_270 1)))))
 (let (($x15517 (and (and (= read_index 155) (not false)) (= boundary (- phase_268 1)))))
 (let (($x28576 (and (and (= read_index 154) (not false)) (= boundary (- phase_265 1)))))
 (let (($x52606 (and (and (= read_index 152) (not false)) (= boundary (- phase_263 1)))))
 (let (($x50174 (and (and (= read_index 149) (not false)) (= boundary (- phase_257 1)))))
 (let (($x133788 (and (and (= read_index 148) (not false)) (= boundary (- phase_255 1)))))
 (let (($x118105 (and (and (= read_index 146) (not false)) (= boundary (- phase_253 1)))))
 (let (($x41023 (or (and $x118105 $x126971) (and $x133788 $x126971) (and $x50174 $x126971) (and $x52606 $x126971) (and $x28576 $x126971) (and $x15517 $x126971) (and $x36223 $x126971) (and $x39897 $x126971) (and $x38564 $x126971) (and $x120760 $x126971) (and $x116622 $x126971) (and $x137529 $x126971) (and $x129575 $x126971) (and $x30007 $x126971) (and $x47664 $x126971) (and $x67818 $x126971) (and $x123805 $x126971) (and $x32972 $x126971) (and $x127910 $x126971) (and $x103552 $x126971) (and $x36231 $x126971) (and $x95327 $x126971))))
 (let (($x127716 (and $x41023 $x26654)))
 (let ((?x25268 (ite (and (and true (<= (- 1) boundary)) (< boundary 536870911)) x_0 0.0)))
 (let (($x117206 (and (distinct window_start_contents ?x25268) true)))
 (let (($x50975 (<= boundary 21)))
 (let (($x42749 (> boundary 17)))
 (let (($x47560 (and true $x42749)))
 (let (($x53057 (and $x47560 $x50975)))
 (let (($x35941 (<= boundary 39)))
 (let (($x15932 (>= boundary (- 1))))
 (let (($x35923 (and (= boundary (+ (* 2 boundary_half) 1)) $x15932)))
 (let (($x36073 (and $x35923 $x35941)))
 (let (($x60797 (and $x36073 $x53057)))
 (let (($x98355 (and $x60797 $x117206)))
 (or $x98355 $x127716)))))))))))))))))))))))))))))))))))))))))
(check-sat)
