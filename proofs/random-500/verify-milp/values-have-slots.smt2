(set-logic QF_LIA)
; 
(set-info :status unknown)
(declare-fun phase_126 () Int)
(declare-fun phase_131 () Int)
(declare-fun phase_156 () Int)
(declare-fun phase_171 () Int)
(declare-fun phase_188 () Int)
(declare-fun phase_193 () Int)
(declare-fun phase_206 () Int)
(declare-fun phase_211 () Int)
(declare-fun phase_223 () Int)
(declare-fun phase_225 () Int)
(declare-fun phase_236 () Int)
(declare-fun phase_240 () Int)
(declare-fun phase_283 () Int)
(declare-fun phase_303 () Int)
(declare-fun phase_322 () Int)
(declare-fun phase_349 () Int)
(declare-fun phase_355 () Int)
(declare-fun phase_367 () Int)
(declare-fun phase_370 () Int)
(declare-fun phase_390 () Int)
(declare-fun phase_398 () Int)
(declare-fun phase_399 () Int)
(declare-fun phase_400 () Int)
(declare-fun phase_401 () Int)
(declare-fun phase_411 () Int)
(declare-fun phase_413 () Int)
(declare-fun phase_414 () Int)
(declare-fun phase_418 () Int)
(declare-fun phase_427 () Int)
(declare-fun phase_436 () Int)
(declare-fun phase_442 () Int)
(declare-fun phase_448 () Int)
(declare-fun phase_466 () Int)
(declare-fun phase_472 () Int)
(assert
 (= phase_126 18))
(assert
 (= phase_131 10))
(assert
 (= phase_156 11))
(assert
 (= phase_171 10))
(assert
 (= phase_188 14))
(assert
 (= phase_193 12))
(assert
 (= phase_206 11))
(assert
 (= phase_211 19))
(assert
 (= phase_223 13))
(assert
 (= phase_225 15))
(assert
 (= phase_236 11))
(assert
 (= phase_240 15))
(assert
 (= phase_283 26))
(assert
 (= phase_303 27))
(assert
 (= phase_322 19))
(assert
 (= phase_349 27))
(assert
 (= phase_355 32))
(assert
 (= phase_367 28))
(assert
 (= phase_370 32))
(assert
 (= phase_390 28))
(assert
 (= phase_398 36))
(assert
 (= phase_399 34))
(assert
 (= phase_400 37))
(assert
 (= phase_401 38))
(assert
 (= phase_411 37))
(assert
 (= phase_413 35))
(assert
 (= phase_414 34))
(assert
 (= phase_418 35))
(assert
 (= phase_427 29))
(assert
 (= phase_436 29))
(assert
 (= phase_442 33))
(assert
 (= phase_448 29))
(assert
 (= phase_466 39))
(assert
 (= phase_472 35))
(assert
 (let (($x2086 (> phase_472 phase_414)))
 (let ((?x11242 (ite $x2086 phase_472 phase_414)))
 (let (($x10788 (not (<= ?x11242 (+ phase_414 1)))))
 (let (($x10838 (> phase_466 phase_401)))
 (let ((?x2089 (ite $x10838 phase_466 phase_401)))
 (let (($x2088 (not (<= ?x2089 (+ phase_401 1)))))
 (let (($x2093 (> phase_413 phase_399)))
 (let ((?x9782 (ite $x2093 phase_413 phase_399)))
 (let (($x2092 (> phase_418 ?x9782)))
 (let ((?x10936 (ite $x2092 phase_418 ?x9782)))
 (let (($x11473 (not (<= ?x10936 (+ phase_399 1)))))
 (let (($x251 (> phase_400 phase_398)))
 (let ((?x2096 (ite $x251 phase_400 phase_398)))
 (let (($x11249 (> phase_411 ?x2096)))
 (let ((?x2094 (ite $x11249 phase_411 ?x2096)))
 (let (($x2095 (not (<= ?x2094 (+ phase_398 1)))))
 (let (($x2098 (> phase_436 phase_390)))
 (let ((?x8869 (ite $x2098 phase_436 phase_390)))
 (let (($x9600 (not (<= ?x8869 (+ phase_390 1)))))
 (let (($x9456 (> phase_442 phase_370)))
 (let ((?x2101 (ite $x9456 phase_442 phase_370)))
 (let (($x2100 (not (<= ?x2101 (+ phase_370 1)))))
 (let (($x2105 (> phase_427 phase_367)))
 (let ((?x10025 (ite $x2105 phase_427 phase_367)))
 (let (($x2104 (> phase_448 ?x10025)))
 (let ((?x22677 (ite $x2104 phase_448 ?x10025)))
 (let (($x9514 (not (<= ?x22677 (+ phase_367 1)))))
 (let (($x23597 (> phase_442 phase_355)))
 (let ((?x2107 (ite $x23597 phase_442 phase_355)))
 (let (($x2106 (not (<= ?x2107 (+ phase_355 1)))))
 (let (($x2116 (> phase_303 phase_283)))
 (let ((?x23661 (ite $x2116 phase_303 phase_283)))
 (let (($x2118 (> phase_349 ?x23661)))
 (let ((?x23632 (ite $x2118 phase_349 ?x23661)))
 (let (($x23610 (not (<= ?x23632 (+ phase_283 1)))))
 (let (($x13358 (> phase_223 phase_193)))
 (let ((?x2120 (ite $x13358 phase_223 phase_193)))
 (let (($x2119 (not (<= ?x2120 (+ phase_193 1)))))
 (let (($x2124 (> phase_225 phase_188)))
 (let ((?x19763 (ite $x2124 phase_225 phase_188)))
 (let (($x2123 (> phase_240 ?x19763)))
 (let ((?x12981 (ite $x2123 phase_240 ?x19763)))
 (let (($x11719 (not (<= ?x12981 (+ phase_188 1)))))
 (let (($x26345 (> phase_206 phase_171)))
 (let ((?x2128 (ite $x26345 phase_206 phase_171)))
 (let (($x26433 (> phase_236 ?x2128)))
 (let ((?x2125 (ite $x26433 phase_236 ?x2128)))
 (let (($x2127 (not (<= ?x2125 (+ phase_171 1)))))
 (let (($x1953 (> phase_156 phase_131)))
 (let ((?x24930 (ite $x1953 phase_156 phase_131)))
 (let (($x24621 (not (<= ?x24930 (+ phase_131 1)))))
 (let (($x1940 (> phase_211 phase_126)))
 (let ((?x1941 (ite $x1940 phase_211 phase_126)))
 (let (($x1943 (> phase_322 ?x1941)))
 (let ((?x1942 (ite $x1943 phase_322 ?x1941)))
 (let (($x1945 (not (<= ?x1942 (+ phase_126 1)))))
 (or $x1945 $x24621 $x2127 $x11719 $x2119 $x23610 $x2106 $x9514 $x2100 $x9600 $x2095 $x11473 $x2088 $x10788))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
