(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_8 () Int)
(declare-fun phase_11 () Int)
(declare-fun phase_17 () Int)
(declare-fun phase_22 () Int)
(declare-fun phase_25 () Int)
(declare-fun phase_27 () Int)
(declare-fun phase_31 () Int)
(declare-fun phase_33 () Int)
(declare-fun phase_34 () Int)
(declare-fun phase_37 () Int)
(declare-fun phase_42 () Int)
(declare-fun phase_48 () Int)
(declare-fun phase_49 () Int)
(declare-fun phase_75 () Int)
(declare-fun phase_78 () Int)
(declare-fun phase_219 () Int)
(declare-fun phase_225 () Int)
(declare-fun phase_303 () Int)
(declare-fun phase_398 () Int)
(declare-fun phase_432 () Int)
(declare-fun phase_472 () Int)
(declare-fun read_value () Real)
(declare-fun x_9 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_8 2))
(assert
 (= phase_11 0))
(assert
 (= phase_17 0))
(assert
 (= phase_22 2))
(assert
 (= phase_25 1))
(assert
 (= phase_27 2))
(assert
 (= phase_31 1))
(assert
 (= phase_33 1))
(assert
 (= phase_34 2))
(assert
 (= phase_37 2))
(assert
 (= phase_42 1))
(assert
 (= phase_48 3))
(assert
 (= phase_49 4))
(assert
 (= phase_75 6))
(assert
 (= phase_78 5))
(assert
 (= phase_219 11))
(assert
 (= phase_225 15))
(assert
 (= phase_303 27))
(assert
 (= phase_398 36))
(assert
 (= phase_432 39))
(assert
 (= phase_472 35))
(assert
 (let ((?x60052 (* (- 1.0) x_9)))
 (let (($x54498 (>= boundary 39)))
 (let ((?x60289 (ite $x54498 ?x60052 0.0)))
 (let (($x15932 (>= boundary (- 1))))
 (let ((?x56906 (ite $x15932 (* 1.0 x_9) 0.0)))
 (let ((?x61650 (+ ?x56906 ?x60289)))
 (let (($x52146 (= read_value x_9)))
 (let (($x91050 (and (and (= read_index 20) (not false)) (= boundary (- phase_472 2)))))
 (let (($x111955 (and (and (= read_index 19) (not false)) (= boundary (- phase_432 2)))))
 (let (($x13006 (and (and (= read_index 18) (not false)) (= boundary (- phase_398 1)))))
 (let (($x90940 (and (and (= read_index 17) (not false)) (= boundary (- phase_303 2)))))
 (let (($x106642 (and (and (= read_index 16) (not false)) (= boundary (- phase_225 2)))))
 (let (($x69982 (and (and (= read_index 15) (not false)) (= boundary (- phase_219 2)))))
 (let (($x48903 (and (and (= read_index 14) (not false)) (= boundary (- phase_78 2)))))
 (let (($x60404 (and (and (= read_index 13) (not false)) (= boundary (- phase_75 1)))))
 (let (($x70839 (and (and (= read_index 12) (not false)) (= boundary (- phase_49 1)))))
 (let (($x50205 (and (and (= read_index 11) (not false)) (= boundary (- phase_48 2)))))
 (let (($x65731 (and (and (= read_index 10) (not false)) (= boundary (- phase_42 2)))))
 (let (($x62297 (and (and (= read_index 9) (not false)) (= boundary (- phase_37 1)))))
 (let (($x46261 (and (and (= read_index 8) (not false)) (= boundary (- phase_34 1)))))
 (let (($x48319 (and (and (= read_index 7) (not false)) (= boundary (- phase_33 2)))))
 (let (($x113760 (and (and (= read_index 6) (not false)) (= boundary (- phase_31 2)))))
 (let (($x61193 (and (and (= read_index 5) (not false)) (= boundary (- phase_27 1)))))
 (let (($x36774 (and (and (= read_index 4) (not false)) (= boundary (- phase_25 2)))))
 (let (($x123814 (and (and (= read_index 3) (not false)) (= boundary (- phase_22 1)))))
 (let (($x107815 (and (and (= read_index 2) (not false)) (= boundary (- phase_17 1)))))
 (let (($x90513 (and (and (= read_index 1) (not false)) (= boundary (- phase_11 1)))))
 (let (($x35944 (and (and (= read_index 0) (not false)) (= boundary (- phase_8 1)))))
 (let (($x44696 (or (and $x35944 $x52146) (and $x90513 $x52146) (and $x107815 $x52146) (and $x123814 $x52146) (and $x36774 $x52146) (and $x61193 $x52146) (and $x113760 $x52146) (and $x48319 $x52146) (and $x46261 $x52146) (and $x62297 $x52146) (and $x65731 $x52146) (and $x50205 $x52146) (and $x70839 $x52146) (and $x60404 $x52146) (and $x48903 $x52146) (and $x69982 $x52146) (and $x106642 $x52146) (and $x90940 $x52146) (and $x13006 $x52146) (and $x111955 $x52146) (and $x91050 $x52146))))
 (and $x44696 (and (distinct ?x61650 read_value) true))))))))))))))))))))))))))))))))
(check-sat)
