(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_399 () Int)
(declare-fun phase_405 () Int)
(declare-fun phase_412 () Int)
(declare-fun phase_420 () Int)
(declare-fun phase_509 () Int)
(declare-fun phase_518 () Int)
(declare-fun phase_526 () Int)
(declare-fun phase_533 () Int)
(declare-fun phase_633 () Int)
(declare-fun phase_642 () Int)
(declare-fun phase_651 () Int)
(declare-fun phase_660 () Int)
(declare-fun phase_669 () Int)
(declare-fun phase_678 () Int)
(declare-fun phase_687 () Int)
(declare-fun phase_696 () Int)
(declare-fun phase_1042 () Int)
(declare-fun phase_1057 () Int)
(declare-fun read_value () Real)
(declare-fun x_1436 () Real)
(declare-fun boundary () Int)
(declare-fun x_527 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_399 18))
(assert
 (= phase_405 18))
(assert
 (= phase_412 18))
(assert
 (= phase_420 18))
(assert
 (= phase_509 26))
(assert
 (= phase_518 26))
(assert
 (= phase_526 26))
(assert
 (= phase_533 26))
(assert
 (= phase_633 26))
(assert
 (= phase_642 26))
(assert
 (= phase_651 26))
(assert
 (= phase_660 26))
(assert
 (= phase_669 26))
(assert
 (= phase_678 26))
(assert
 (= phase_687 26))
(assert
 (= phase_696 26))
(assert
 (= phase_1042 30))
(assert
 (= phase_1057 51))
(assert
 (let ((?x103562 (* (- 1.0) x_1436)))
 (let (($x306816 (>= boundary 51)))
 (let ((?x111188 (ite $x306816 ?x103562 0.0)))
 (let (($x164108 (>= boundary 31)))
 (let ((?x102378 (ite $x164108 (* 1.0 x_1436) 0.0)))
 (let ((?x67798 (* (- 1.0) x_527)))
 (let (($x41424 (>= boundary 27)))
 (let ((?x94390 (ite $x41424 ?x67798 0.0)))
 (let (($x172763 (>= boundary 15)))
 (let ((?x49637 (ite $x172763 (* 1.0 x_527) 0.0)))
 (let ((?x111536 (+ ?x49637 ?x94390 ?x102378 ?x111188)))
 (let (($x129407 (= read_value x_1436)))
 (let (($x106175 (= read_index 16)))
 (let (($x34949 (and (and $x106175 (not (= phase_1042 (- phase_1057 1)))) (= boundary (- phase_1057 2)))))
 (let (($x52108 (= read_value x_527)))
 (let (($x108441 (and (and (= read_index 15) (not false)) (= boundary (- phase_696 1)))))
 (let (($x49438 (and (and (= read_index 14) (not false)) (= boundary (- phase_687 1)))))
 (let (($x105451 (and (and (= read_index 13) (not false)) (= boundary (- phase_678 1)))))
 (let (($x76322 (and (and (= read_index 12) (not false)) (= boundary (- phase_669 1)))))
 (let (($x74620 (and (and (= read_index 11) (not false)) (= boundary (- phase_660 1)))))
 (let (($x227128 (and (and (= read_index 10) (not false)) (= boundary (- phase_651 1)))))
 (let (($x37785 (and (and (= read_index 9) (not false)) (= boundary (- phase_642 1)))))
 (let (($x93474 (and (and (= read_index 8) (not false)) (= boundary (- phase_633 1)))))
 (let (($x67390 (and (and (= read_index 7) (not false)) (= boundary (- phase_533 1)))))
 (let (($x145112 (and (and (= read_index 6) (not false)) (= boundary (- phase_526 1)))))
 (let (($x155937 (and (and (= read_index 5) (not false)) (= boundary (- phase_518 1)))))
 (let (($x150979 (and (and (= read_index 4) (not false)) (= boundary (- phase_509 1)))))
 (let (($x157798 (and (and (= read_index 3) (not false)) (= boundary (- phase_420 1)))))
 (let (($x145294 (and (and (= read_index 2) (not false)) (= boundary (- phase_412 1)))))
 (let (($x106216 (and (and (= read_index 1) (not false)) (= boundary (- phase_405 1)))))
 (let (($x51594 (and (and (= read_index 0) (not false)) (= boundary (- phase_399 1)))))
 (let (($x99493 (or (and $x51594 $x52108) (and $x106216 $x52108) (and $x145294 $x52108) (and $x157798 $x52108) (and $x150979 $x52108) (and $x155937 $x52108) (and $x145112 $x52108) (and $x67390 $x52108) (and $x93474 $x52108) (and $x37785 $x52108) (and $x227128 $x52108) (and $x74620 $x52108) (and $x76322 $x52108) (and $x105451 $x52108) (and $x49438 $x52108) (and $x108441 $x52108) (and $x34949 $x129407))))
 (and $x99493 (and (distinct ?x111536 read_value) true)))))))))))))))))))))))))))))))))))
(check-sat)
