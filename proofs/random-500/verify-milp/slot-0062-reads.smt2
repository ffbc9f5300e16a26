(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_45 () Int)
(declare-fun phase_55 () Int)
(declare-fun phase_69 () Int)
(declare-fun phase_72 () Int)
(declare-fun phase_82 () Int)
(declare-fun phase_83 () Int)
(declare-fun phase_97 () Int)
(declare-fun phase_99 () Int)
(declare-fun phase_175 () Int)
(declare-fun phase_422 () Int)
(declare-fun phase_454 () Int)
(declare-fun phase_472 () Int)
(declare-fun read_value () Real)
(declare-fun x_65 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_45 2))
(assert
 (= phase_55 6))
(assert
 (= phase_69 6))
(assert
 (= phase_72 7))
(assert
 (= phase_82 4))
(assert
 (= phase_83 6))
(assert
 (= phase_97 6))
(assert
 (= phase_99 6))
(assert
 (= phase_175 11))
(assert
 (= phase_422 37))
(assert
 (= phase_454 38))
(assert
 (= phase_472 35))
(assert
 (let ((?x67066 (* (- 1.0) x_65)))
 (let (($x54498 (>= boundary 39)))
 (let ((?x90920 (ite $x54498 ?x67066 0.0)))
 (let (($x94869 (>= boundary 3)))
 (let ((?x45352 (ite $x94869 (* 1.0 x_65) 0.0)))
 (let ((?x97024 (+ ?x45352 ?x90920)))
 (let (($x102939 (= read_value x_65)))
 (let (($x39868 (= read_index 10)))
 (let (($x131551 (and (and $x39868 (not (= phase_45 (- phase_472 1)))) (= boundary (- phase_472 2)))))
 (let (($x60303 (and (and (= read_index 9) (not false)) (= boundary (- phase_454 1)))))
 (let (($x70923 (= read_index 8)))
 (let (($x112195 (and (and $x70923 (not (= phase_45 (- phase_422 1)))) (= boundary (- phase_422 2)))))
 (let (($x70919 (= read_index 7)))
 (let (($x129928 (and (and $x70919 (not (= phase_45 (- phase_175 1)))) (= boundary (- phase_175 2)))))
 (let (($x68047 (and (and (= read_index 6) (not false)) (= boundary (- phase_99 1)))))
 (let (($x113317 (and (and (= read_index 5) (not false)) (= boundary (- phase_97 1)))))
 (let (($x56222 (and (and (= read_index 4) (not false)) (= boundary (- phase_83 1)))))
 (let (($x133927 (and (and (= read_index 3) (not false)) (= boundary (- phase_82 1)))))
 (let (($x113274 (and (and (= read_index 2) (not (= phase_45 (- phase_72 1)))) (= boundary (- phase_72 2)))))
 (let (($x118104 (and (and (= read_index 1) (not false)) (= boundary (- phase_69 1)))))
 (let (($x94878 (and (and (= read_index 0) (not false)) (= boundary (- phase_55 1)))))
 (let (($x62300 (or (and $x94878 $x102939) (and $x118104 $x102939) (and $x113274 $x102939) (and $x133927 $x102939) (and $x56222 $x102939) (and $x113317 $x102939) (and $x68047 $x102939) (and $x129928 $x102939) (and $x112195 $x102939) (and $x60303 $x102939) (and $x131551 $x102939))))
 (and $x62300 (and (distinct ?x97024 read_value) true)))))))))))))))))))))))))
(check-sat)
