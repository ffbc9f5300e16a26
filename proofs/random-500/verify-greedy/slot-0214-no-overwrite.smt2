(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_227 () Int)
(declare-fun phase_259 () Int)
(declare-fun phase_265 () Int)
(declare-fun phase_267 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_227 14))
(assert
 (= phase_259 16))
(assert
 (= phase_265 16))
(assert
 (= phase_267 15))
(assert
 (let (($x45255 (= value_index 1)))
 (let (($x51085 (and (and $x45255 (and (distinct (ite (> boundary 27) 1.0 0.0) 0.0) true)) true)))
 (let (($x22530 (> phase_259 phase_227)))
 (let ((?x35962 (ite $x22530 phase_259 phase_227)))
 (let (($x28832 (> phase_265 ?x35962)))
 (let ((?x7381 (ite $x28832 phase_265 ?x35962)))
 (let (($x6444 (> phase_267 ?x7381)))
 (let ((?x1114 (ite $x6444 phase_267 ?x7381)))
 (let ((?x112358 (+ (ite (> boundary 15) 1.0 0.0) (ite (> boundary 17) (- 1.0) 0.0))))
 (let (($x2642 (= value_index 0)))
 (let (($x98368 (= boundary 27)))
 (let (($x12605 (= boundary 17)))
 (let (($x70007 (= boundary 15)))
 (let (($x109947 (or $x70007 $x12605 $x98368)))
 (and $x109947 (or (and (and $x2642 (and (distinct ?x112358 0.0) true)) (> ?x1114 boundary)) $x51085)))))))))))))))))
(check-sat)
