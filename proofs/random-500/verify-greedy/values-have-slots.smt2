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
 (let (($x2721 (> phase_472 phase_414)))
 (let ((?x2723 (ite $x2721 phase_472 phase_414)))
 (let (($x2755 (not (<= ?x2723 (+ phase_414 1)))))
 (let (($x2715 (> phase_400 phase_398)))
 (let ((?x2713 (ite $x2715 phase_400 phase_398)))
 (let (($x2716 (> phase_411 ?x2713)))
 (let ((?x2717 (ite $x2716 phase_411 ?x2713)))
 (let (($x2718 (not (<= ?x2717 (+ phase_398 1)))))
 (let (($x2767 (> phase_436 phase_390)))
 (let ((?x13070 (ite $x2767 phase_436 phase_390)))
 (let (($x13049 (not (<= ?x13070 (+ phase_390 1)))))
 (let (($x9816 (> phase_427 phase_367)))
 (let ((?x2771 (ite $x9816 phase_427 phase_367)))
 (let (($x15380 (> phase_448 ?x2771)))
 (let ((?x2772 (ite $x15380 phase_448 ?x2771)))
 (let (($x2770 (not (<= ?x2772 (+ phase_367 1)))))
 (let ((?x8354 (+ phase_355 1)))
 (let (($x2775 (> phase_433 phase_355)))
 (let ((?x9621 (ite $x2775 phase_433 phase_355)))
 (let (($x2776 (> phase_446 ?x9621)))
 (let ((?x8422 (ite $x2776 phase_446 ?x9621)))
 (let (($x8612 (not (<= ?x8422 ?x8354))))
 (let (($x11130 (not (<= (ite (> phase_442 phase_355) phase_442 phase_355) ?x8354))))
 (let (($x8851 (> phase_303 phase_283)))
 (let ((?x2781 (ite $x8851 phase_303 phase_283)))
 (let (($x16408 (> phase_349 ?x2781)))
 (let ((?x2779 (ite $x16408 phase_349 ?x2781)))
 (let (($x2780 (not (<= ?x2779 (+ phase_283 1)))))
 (let (($x2783 (> phase_223 phase_193)))
 (let ((?x24501 (ite $x2783 phase_223 phase_193)))
 (let (($x16018 (not (<= ?x24501 (+ phase_193 1)))))
 (let (($x2165 (> phase_206 phase_171)))
 (let ((?x2789 (ite $x2165 phase_206 phase_171)))
 (let (($x2042 (> phase_236 ?x2789)))
 (let ((?x2787 (ite $x2042 phase_236 ?x2789)))
 (let (($x2786 (not (<= ?x2787 (+ phase_171 1)))))
 (let (($x2765 (> phase_156 phase_131)))
 (let ((?x2230 (ite $x2765 phase_156 phase_131)))
 (let (($x2190 (not (<= ?x2230 (+ phase_131 1)))))
 (let (($x2759 (> phase_54 phase_34)))
 (let ((?x2757 (ite $x2759 phase_54 phase_34)))
 (let (($x2760 (> phase_72 ?x2757)))
 (let ((?x2761 (ite $x2760 phase_72 ?x2757)))
 (let (($x2762 (not (<= ?x2761 (+ phase_34 1)))))
 (or $x2762 $x2190 $x2786 $x16018 $x2780 $x11130 $x8612 $x2770 $x13049 $x2718 $x2755))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
