(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_259 () Int)
(declare-fun phase_279 () Int)
(declare-fun phase_301 () Int)
(declare-fun phase_305 () Int)
(declare-fun phase_306 () Int)
(declare-fun phase_309 () Int)
(declare-fun phase_313 () Int)
(declare-fun phase_316 () Int)
(declare-fun phase_321 () Int)
(declare-fun phase_324 () Int)
(declare-fun phase_326 () Int)
(declare-fun phase_327 () Int)
(declare-fun phase_328 () Int)
(declare-fun phase_332 () Int)
(declare-fun phase_334 () Int)
(declare-fun phase_348 () Int)
(declare-fun phase_386 () Int)
(declare-fun phase_395 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_259 24))
(assert
 (= phase_279 24))
(assert
 (= phase_301 24))
(assert
 (= phase_305 24))
(assert
 (= phase_306 26))
(assert
 (= phase_309 26))
(assert
 (= phase_313 24))
(assert
 (= phase_316 24))
(assert
 (= phase_321 24))
(assert
 (= phase_324 26))
(assert
 (= phase_326 24))
(assert
 (= phase_327 24))
(assert
 (= phase_328 24))
(assert
 (= phase_332 26))
(assert
 (= phase_334 24))
(assert
 (= phase_348 26))
(assert
 (= phase_386 26))
(assert
 (= phase_395 26))
(assert
 (let ((?x12190 (ite (and (and true (<= (- 1) 21)) (< 21 536870911)) x_0 0.0)))
 (= window_start_contents ?x12190)))
(assert
 (let (($x120787 (and (distinct window_start_contents read_value) true)))
 (let (($x123394 (or (not (and (and true (> boundary 21)) (<= boundary 25))) $x120787)))
 (let (($x126971 (= read_value x_0)))
 (let (($x118095 (and (and (= read_index 227) (not false)) (= boundary (- phase_395 1)))))
 (let (($x52090 (and (and (= read_index 221) (not false)) (= boundary (- phase_386 1)))))
 (let (($x62047 (and (and (= read_index 196) (not false)) (= boundary (- phase_348 1)))))
 (let (($x107601 (and (and (= read_index 189) (not false)) (= boundary (- phase_334 1)))))
 (let (($x115800 (and (and (= read_index 188) (not false)) (= boundary (- phase_332 1)))))
 (let (($x29822 (and (and (= read_index 187) (not false)) (= boundary (- phase_328 1)))))
 (let (($x27632 (and (and (= read_index 186) (not false)) (= boundary (- phase_327 1)))))
 (let (($x113529 (and (and (= read_index 185) (not false)) (= boundary (- phase_326 1)))))
 (let (($x122486 (and (and (= read_index 183) (not false)) (= boundary (- phase_324 1)))))
 (let (($x127713 (and (and (= read_index 182) (not false)) (= boundary (- phase_321 1)))))
 (let (($x115787 (and (and (= read_index 181) (not false)) (= boundary (- phase_316 1)))))
 (let (($x105532 (and (and (= read_index 180) (not false)) (= boundary (- phase_313 1)))))
 (let (($x120549 (and (and (= read_index 178) (not false)) (= boundary (- phase_309 1)))))
 (let (($x51945 (and (and (= read_index 176) (not false)) (= boundary (- phase_306 1)))))
 (let (($x127273 (and (and (= read_index 175) (not false)) (= boundary (- phase_305 1)))))
 (let (($x53943 (and (and (= read_index 173) (not false)) (= boundary (- phase_301 1)))))
 (let (($x113549 (and (and (= read_index 161) (not false)) (= boundary (- phase_279 1)))))
 (let (($x120114 (and (and (= read_index 150) (not false)) (= boundary (- phase_259 1)))))
 (let (($x123395 (or (and $x120114 $x126971) (and $x113549 $x126971) (and $x53943 $x126971) (and $x127273 $x126971) (and $x51945 $x126971) (and $x120549 $x126971) (and $x105532 $x126971) (and $x115787 $x126971) (and $x127713 $x126971) (and $x122486 $x126971) (and $x113529 $x126971) (and $x27632 $x126971) (and $x29822 $x126971) (and $x115800 $x126971) (and $x107601 $x126971) (and $x62047 $x126971) (and $x52090 $x126971) (and $x118095 $x126971))))
 (let (($x4275 (and $x123395 $x123394)))
 (let ((?x25268 (ite (and (and true (<= (- 1) boundary)) (< boundary 536870911)) x_0 0.0)))
 (let (($x117206 (and (distinct window_start_contents ?x25268) true)))
 (let (($x36597 (<= boundary 25)))
 (let (($x30972 (> boundary 21)))
 (let (($x31505 (and true $x30972)))
 (let (($x42966 (and $x31505 $x36597)))
 (let (($x35941 (<= boundary 39)))
 (let (($x15932 (>= boundary (- 1))))
 (let (($x35923 (and (= boundary (+ (* 2 boundary_half) 1)) $x15932)))
 (let (($x36073 (and $x35923 $x35941)))
 (let (($x43680 (and $x36073 $x42966)))
 (let (($x47641 (and $x43680 $x117206)))
 (or $x47641 $x4275)))))))))))))))))))))))))))))))))))))
(check-sat)
