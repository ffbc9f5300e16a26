(set-logic QF_LIA)
; 
(set-info :status unknown)
(declare-fun phase_34 () Int)
(declare-fun phase_54 () Int)
(declare-fun phase_72 () Int)
(declare-fun phase_131 () Int)
(declare-fun phase_156 () Int)
(declare-fun phase_171 () Int)
(declare-fun phase_193 () Int)
(declare-fun phase_206 () Int)
(declare-fun phase_223 () Int)
(declare-fun phase_236 () Int)
(declare-fun phase_283 () Int)
(declare-fun phase_303 () Int)
(declare-fun phase_349 () Int)
(declare-fun phase_355 () Int)
(declare-fun phase_367 () Int)
(declare-fun phase_390 () Int)
(declare-fun phase_398 () Int)
(declare-fun phase_400 () Int)
(declare-fun phase_411 () Int)
(declare-fun phase_414 () Int)
(declare-fun phase_427 () Int)
(declare-fun phase_433 () Int)
(declare-fun phase_436 () Int)
(declare-fun phase_442 () Int)
(declare-fun phase_446 () Int)
(declare-fun phase_448 () Int)
(declare-fun phase_472 () Int)
(assert
 (= phase_34 2))
(assert
 (= phase_54 3))
(assert
 (= phase_72 3))
(assert
 (= phase_131 10))
(assert
 (= phase_156 11))
(assert
 (= phase_171 10))
(assert
 (= phase_193 12))
(assert
 (= phase_206 11))
(assert
 (= phase_223 13))
(assert
 (= phase_236 11))
(assert
 (= phase_283 18))
(assert
 (= phase_303 19))
(assert
 (= phase_349 19))
(assert
 (= phase_355 28))
(assert
 (= phase_367 28))
(assert
 (= phase_390 28))
(assert
 (= phase_398 28))
(assert
 (= phase_400 29))
(assert
 (= phase_411 29))
(assert
 (= phase_414 30))
(assert
 (= phase_427 29))
(assert
 (= phase_433 29))
(assert
 (= phase_436 29))
(assert
 (= phase_442 29))
(assert
 (= phase_446 29))
(assert
 (= phase_448 29))
(assert
 (= phase_472 31))
(assert
 (let (($x2771 (> phase_472 phase_414)))
 (let ((?x2773 (ite $x2771 phase_472 phase_414)))
 (let (($x2808 (not (<= ?x2773 (+ phase_414 1)))))
 (let (($x2765 (> phase_400 phase_398)))
 (let ((?x2766 (ite $x2765 phase_400 phase_398)))
 (let (($x2768 (> phase_411 ?x2766)))
 (let ((?x2767 (ite $x2768 phase_411 ?x2766)))
 (let (($x2770 (not (<= ?x2767 (+ phase_398 1)))))
 (let (($x2821 (> phase_436 phase_390)))
 (let ((?x12242 (ite $x2821 phase_436 phase_390)))
 (let (($x25175 (not (<= ?x12242 (+ phase_390 1)))))
 (let (($x2183 (> phase_427 phase_367)))
 (let ((?x2823 (ite $x2183 phase_427 phase_367)))
 (let (($x9052 (> phase_448 ?x2823)))
 (let ((?x2822 (ite $x9052 phase_448 ?x2823)))
 (let (($x2820 (not (<= ?x2822 (+ phase_367 1)))))
 (let ((?x2014 (+ phase_355 1)))
 (let (($x2827 (> phase_433 phase_355)))
 (let ((?x2250 (ite $x2827 phase_433 phase_355)))
 (let (($x2826 (> phase_446 ?x2250)))
 (let ((?x2239 (ite $x2826 phase_446 ?x2250)))
 (let (($x2236 (not (<= ?x2239 ?x2014))))
 (let (($x1121 (not (<= (ite (> phase_442 phase_355) phase_442 phase_355) ?x2014))))
 (let (($x1830 (> phase_303 phase_283)))
 (let ((?x2835 (ite $x1830 phase_303 phase_283)))
 (let (($x1844 (> phase_349 ?x2835)))
 (let ((?x2831 (ite $x1844 phase_349 ?x2835)))
 (let (($x2830 (not (<= ?x2831 (+ phase_283 1)))))
 (let (($x2836 (> phase_223 phase_193)))
 (let ((?x1799 (ite $x2836 phase_223 phase_193)))
 (let (($x1807 (not (<= ?x1799 (+ phase_193 1)))))
 (let (($x2158 (> phase_206 phase_171)))
 (let ((?x2839 (ite $x2158 phase_206 phase_171)))
 (let (($x11145 (> phase_236 ?x2839)))
 (let ((?x2837 (ite $x11145 phase_236 ?x2839)))
 (let (($x2838 (not (<= ?x2837 (+ phase_171 1)))))
 (let (($x2816 (> phase_156 phase_131)))
 (let ((?x2261 (ite $x2816 phase_156 phase_131)))
 (let (($x2211 (not (<= ?x2261 (+ phase_131 1)))))
 (let (($x2809 (> phase_54 phase_34)))
 (let ((?x2810 (ite $x2809 phase_54 phase_34)))
 (let (($x2813 (> phase_72 ?x2810)))
 (let ((?x2811 (ite $x2813 phase_72 ?x2810)))
 (let (($x2815 (not (<= ?x2811 (+ phase_34 1)))))
 (or $x2815 $x2211 $x2838 $x1807 $x2830 $x1121 $x2236 $x2820 $x25175 $x2770 $x2808))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
