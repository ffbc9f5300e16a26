(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_252 () Int)
(declare-fun phase_460 () Int)
(declare-fun phase_470 () Int)
(declare-fun phase_471 () Int)
(declare-fun phase_472 () Int)
(declare-fun phase_473 () Int)
(declare-fun phase_474 () Int)
(declare-fun phase_475 () Int)
(declare-fun phase_476 () Int)
(declare-fun read_value () Real)
(declare-fun x_647 () Real)
(declare-fun boundary () Int)
(declare-fun x_379 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_252 14))
(assert
 (= phase_460 22))
(assert
 (= phase_470 22))
(assert
 (= phase_471 22))
(assert
 (= phase_472 22))
(assert
 (= phase_473 22))
(assert
 (= phase_474 22))
(assert
 (= phase_475 22))
(assert
 (= phase_476 22))
(assert
 (let ((?x186819 (* (- 1.0) x_647)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x211373 (ite $x24162 ?x186819 0.0)))
 (let ((?x111032 (* (- 1.0) x_379)))
 (let (($x103445 (>= boundary 15)))
 (let ((?x117593 (ite $x103445 ?x111032 0.0)))
 (let ((?x226795 (+ (ite (>= boundary 13) (* 1.0 x_379) 0.0) ?x117593 (ite (>= boundary 21) (* 1.0 x_647) 0.0) ?x211373)))
 (let (($x218144 (= read_value x_647)))
 (let (($x52732 (and (and (= read_index 8) (not false)) (= boundary (- phase_476 1)))))
 (let (($x81748 (and (and (= read_index 7) (not false)) (= boundary (- phase_475 1)))))
 (let (($x9488 (and (and (= read_index 6) (not false)) (= boundary (- phase_474 1)))))
 (let (($x84755 (and (and (= read_index 5) (not false)) (= boundary (- phase_473 1)))))
 (let (($x164702 (and (and (= read_index 4) (not false)) (= boundary (- phase_472 1)))))
 (let (($x212910 (and (and (= read_index 3) (not false)) (= boundary (- phase_471 1)))))
 (let (($x98904 (and (and (= read_index 2) (not false)) (= boundary (- phase_470 1)))))
 (let (($x202841 (and (and (= read_index 1) (not false)) (= boundary (- phase_460 1)))))
 (let (($x86528 (= read_value x_379)))
 (let (($x85588 (and (and (= read_index 0) (not false)) (= boundary (- phase_252 1)))))
 (let (($x179365 (or (and $x85588 $x86528) (and $x202841 $x218144) (and $x98904 $x218144) (and $x212910 $x218144) (and $x164702 $x218144) (and $x84755 $x218144) (and $x9488 $x218144) (and $x81748 $x218144) (and $x52732 $x218144))))
 (and $x179365 (and (distinct ?x226795 read_value) true))))))))))))))))))))))
(check-sat)
