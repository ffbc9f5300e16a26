(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_428 () Int)
(declare-fun phase_434 () Int)
(declare-fun phase_439 () Int)
(declare-fun read_value () Real)
(declare-fun x_402 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_428 27))
(assert
 (= phase_434 30))
(assert
 (= phase_439 30))
(assert
 (let ((?x94464 (* (- 1.0) x_402)))
 (let (($x23693 (>= boundary 31)))
 (let ((?x107255 (ite $x23693 ?x94464 0.0)))
 (let (($x91866 (>= boundary 5)))
 (let ((?x91385 (ite $x91866 (* 1.0 x_402) 0.0)))
 (let ((?x131443 (+ ?x91385 ?x107255)))
 (let (($x111048 (= read_value x_402)))
 (let (($x29867 (and (and (= read_index 2) (not false)) (= boundary (- phase_439 1)))))
 (let (($x109635 (and (and (= read_index 1) (not false)) (= boundary (- phase_434 1)))))
 (let (($x128681 (and (and (= read_index 0) (not false)) (= boundary (- phase_428 2)))))
 (and (or (and $x128681 $x111048) (and $x109635 $x111048) (and $x29867 $x111048)) (and (distinct ?x131443 read_value) true)))))))))))))
(check-sat)
