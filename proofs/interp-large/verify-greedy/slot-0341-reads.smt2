(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_437 () Int)
(declare-fun phase_446 () Int)
(declare-fun phase_455 () Int)
(declare-fun phase_464 () Int)
(declare-fun phase_473 () Int)
(declare-fun phase_482 () Int)
(declare-fun phase_491 () Int)
(declare-fun phase_500 () Int)
(declare-fun phase_561 () Int)
(declare-fun phase_570 () Int)
(declare-fun phase_579 () Int)
(declare-fun phase_588 () Int)
(declare-fun phase_597 () Int)
(declare-fun phase_606 () Int)
(declare-fun phase_615 () Int)
(declare-fun phase_624 () Int)
(declare-fun phase_713 () Int)
(declare-fun phase_722 () Int)
(declare-fun phase_731 () Int)
(declare-fun phase_740 () Int)
(declare-fun phase_749 () Int)
(declare-fun phase_758 () Int)
(declare-fun phase_767 () Int)
(declare-fun phase_776 () Int)
(declare-fun read_value () Real)
(declare-fun x_559 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_437 22))
(assert
 (= phase_446 22))
(assert
 (= phase_455 22))
(assert
 (= phase_464 22))
(assert
 (= phase_473 22))
(assert
 (= phase_482 22))
(assert
 (= phase_491 22))
(assert
 (= phase_500 22))
(assert
 (= phase_561 22))
(assert
 (= phase_570 22))
(assert
 (= phase_579 22))
(assert
 (= phase_588 22))
(assert
 (= phase_597 22))
(assert
 (= phase_606 22))
(assert
 (= phase_615 22))
(assert
 (= phase_624 22))
(assert
 (= phase_713 22))
(assert
 (= phase_722 22))
(assert
 (= phase_731 22))
(assert
 (= phase_740 22))
(assert
 (= phase_749 22))
(assert
 (= phase_758 22))
(assert
 (= phase_767 22))
(assert
 (= phase_776 22))
(assert
 (let ((?x59332 (* (- 1.0) x_559)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x63034 (ite $x24162 ?x59332 0.0)))
 (let (($x103445 (>= boundary 15)))
 (let ((?x51415 (ite $x103445 (* 1.0 x_559) 0.0)))
 (let ((?x75101 (+ ?x51415 ?x63034)))
 (let (($x52482 (= read_value x_559)))
 (let (($x338258 (and (and (= read_index 23) (not false)) (= boundary (- phase_776 1)))))
 (let (($x88627 (and (and (= read_index 22) (not false)) (= boundary (- phase_767 1)))))
 (let (($x224630 (and (and (= read_index 21) (not false)) (= boundary (- phase_758 1)))))
 (let (($x120780 (and (and (= read_index 20) (not false)) (= boundary (- phase_749 1)))))
 (let (($x115621 (and (and (= read_index 19) (not false)) (= boundary (- phase_740 1)))))
 (let (($x338277 (and (and (= read_index 18) (not false)) (= boundary (- phase_731 1)))))
 (let (($x29916 (and (and (= read_index 17) (not false)) (= boundary (- phase_722 1)))))
 (let (($x155152 (and (and (= read_index 16) (not false)) (= boundary (- phase_713 1)))))
 (let (($x102965 (and (and (= read_index 15) (not false)) (= boundary (- phase_624 1)))))
 (let (($x123988 (and (and (= read_index 14) (not false)) (= boundary (- phase_615 1)))))
 (let (($x226778 (and (and (= read_index 13) (not false)) (= boundary (- phase_606 1)))))
 (let (($x59594 (and (and (= read_index 12) (not false)) (= boundary (- phase_597 1)))))
 (let (($x75771 (and (and (= read_index 11) (not false)) (= boundary (- phase_588 1)))))
 (let (($x53624 (and (and (= read_index 10) (not false)) (= boundary (- phase_579 1)))))
 (let (($x44489 (and (and (= read_index 9) (not false)) (= boundary (- phase_570 1)))))
 (let (($x27717 (and (and (= read_index 8) (not false)) (= boundary (- phase_561 1)))))
 (let (($x99643 (and (and (= read_index 7) (not false)) (= boundary (- phase_500 1)))))
 (let (($x152009 (and (and (= read_index 6) (not false)) (= boundary (- phase_491 1)))))
 (let (($x77709 (and (and (= read_index 5) (not false)) (= boundary (- phase_482 1)))))
 (let (($x256782 (and (and (= read_index 4) (not false)) (= boundary (- phase_473 1)))))
 (let (($x161945 (and (and (= read_index 3) (not false)) (= boundary (- phase_464 1)))))
 (let (($x121278 (and (and (= read_index 2) (not false)) (= boundary (- phase_455 1)))))
 (let (($x94246 (and (and (= read_index 1) (not false)) (= boundary (- phase_446 1)))))
 (let (($x50038 (and (and (= read_index 0) (not false)) (= boundary (- phase_437 1)))))
 (let (($x223710 (or (and $x50038 $x52482) (and $x94246 $x52482) (and $x121278 $x52482) (and $x161945 $x52482) (and $x256782 $x52482) (and $x77709 $x52482) (and $x152009 $x52482) (and $x99643 $x52482) (and $x27717 $x52482) (and $x44489 $x52482) (and $x53624 $x52482) (and $x75771 $x52482) (and $x59594 $x52482) (and $x226778 $x52482) (and $x123988 $x52482) (and $x102965 $x52482) (and $x155152 $x52482) (and $x29916 $x52482) (and $x338277 $x52482) (and $x115621 $x52482) (and $x120780 $x52482) (and $x224630 $x52482) (and $x88627 $x52482) (and $x338258 $x52482))))
 (and $x223710 (and (distinct ?x75101 read_value) true)))))))))))))))))))))))))))))))))))
(check-sat)
