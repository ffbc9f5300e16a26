(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_173 () Int)
(declare-fun phase_265 () Int)
(declare-fun phase_313 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_173 4))
(assert
 (= phase_265 16))
(assert
 (= phase_313 24))
(assert
 (let (($x45255 (= value_index 1)))
 (let (($x64517 (and (and $x45255 (and (distinct (ite (> boundary 27) 1.0 0.0) 0.0) true)) true)))
 (let (($x7363 (> phase_265 phase_173)))
 (let ((?x7321 (ite $x7363 phase_265 phase_173)))
 (let (($x5653 (> phase_313 ?x7321)))
 (let ((?x5654 (ite $x5653 phase_313 ?x7321)))
 (let ((?x92341 (+ (ite (> boundary 5) 1.0 0.0) (ite (> boundary 25) (- 1.0) 0.0))))
 (let (($x2642 (= value_index 0)))
 (let (($x98368 (= boundary 27)))
 (let (($x127021 (= boundary 25)))
 (let (($x43853 (or (= boundary 5) $x127021 $x98368)))
 (and $x43853 (or (and (and $x2642 (and (distinct ?x92341 0.0) true)) (> ?x5654 boundary)) $x64517))))))))))))))
(check-sat)
