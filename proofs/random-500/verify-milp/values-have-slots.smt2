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
 (let (($x2123 (> phase_472 phase_414)))
 (let ((?x10947 (ite $x2123 phase_472 phase_414)))
 (let (($x10842 (not (<= ?x10947 (+ phase_414 1)))))
 (let (($x11693 (> phase_466 phase_401)))
 (let ((?x2126 (ite $x11693 phase_466 phase_401)))
 (let (($x2125 (not (<= ?x2126 (+ phase_401 1)))))
 (let (($x2130 (> phase_413 phase_399)))
 (let ((?x9291 (ite $x2130 phase_413 phase_399)))
 (let (($x2129 (> phase_418 ?x9291)))
 (let ((?x9230 (ite $x2129 phase_418 ?x9291)))
 (let (($x9130 (not (<= ?x9230 (+ phase_399 1)))))
 (let (($x25154 (> phase_400 phase_398)))
 (let ((?x2133 (ite $x25154 phase_400 phase_398)))
 (let (($x25438 (> phase_411 ?x2133)))
 (let ((?x2131 (ite $x25438 phase_411 ?x2133)))
 (let (($x2132 (not (<= ?x2131 (+ phase_398 1)))))
 (let (($x2136 (> phase_436 phase_390)))
 (let ((?x25127 (ite $x2136 phase_436 phase_390)))
 (let (($x25164 (not (<= ?x25127 (+ phase_390 1)))))
 (let (($x25026 (> phase_442 phase_370)))
 (let ((?x2138 (ite $x25026 phase_442 phase_370)))
 (let (($x2137 (not (<= ?x2138 (+ phase_370 1)))))
 (let (($x2143 (> phase_427 phase_367)))
 (let ((?x25024 (ite $x2143 phase_427 phase_367)))
 (let (($x2142 (> phase_448 ?x25024)))
 (let ((?x20104 (ite $x2142 phase_448 ?x25024)))
 (let (($x20332 (not (<= ?x20104 (+ phase_367 1)))))
 (let (($x10024 (> phase_442 phase_355)))
 (let ((?x2144 (ite $x10024 phase_442 phase_355)))
 (let (($x2145 (not (<= ?x2144 (+ phase_355 1)))))
 (let (($x2148 (> phase_303 phase_283)))
 (let ((?x11158 (ite $x2148 phase_303 phase_283)))
 (let (($x2150 (> phase_349 ?x11158)))
 (let ((?x10001 (ite $x2150 phase_349 ?x11158)))
 (let (($x16413 (not (<= ?x10001 (+ phase_283 1)))))
 (let (($x12224 (> phase_223 phase_193)))
 (let ((?x2158 (ite $x12224 phase_223 phase_193)))
 (let (($x889 (not (<= ?x2158 (+ phase_193 1)))))
 (let (($x2162 (> phase_225 phase_188)))
 (let ((?x22719 (ite $x2162 phase_225 phase_188)))
 (let (($x2161 (> phase_240 ?x22719)))
 (let ((?x22495 (ite $x2161 phase_240 ?x22719)))
 (let (($x26374 (not (<= ?x22495 (+ phase_188 1)))))
 (let (($x21555 (> phase_206 phase_171)))
 (let ((?x2164 (ite $x21555 phase_206 phase_171)))
 (let (($x24726 (> phase_236 ?x2164)))
 (let ((?x2163 (ite $x24726 phase_236 ?x2164)))
 (let (($x2166 (not (<= ?x2163 (+ phase_171 1)))))
 (let (($x1984 (> phase_156 phase_131)))
 (let ((?x26379 (ite $x1984 phase_156 phase_131)))
 (let (($x26271 (not (<= ?x26379 (+ phase_131 1)))))
 (let (($x1977 (> phase_211 phase_126)))
 (let ((?x1978 (ite $x1977 phase_211 phase_126)))
 (let (($x1981 (> phase_322 ?x1978)))
 (let ((?x1979 (ite $x1981 phase_322 ?x1978)))
 (let (($x1983 (not (<= ?x1979 (+ phase_126 1)))))
 (or $x1983 $x26271 $x2166 $x26374 $x889 $x16413 $x2145 $x20332 $x2137 $x25164 $x2132 $x9130 $x2125 $x10842))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
