(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_595 () Int)
(declare-fun phase_596 () Int)
(declare-fun phase_597 () Int)
(declare-fun phase_598 () Int)
(declare-fun phase_599 () Int)
(declare-fun phase_600 () Int)
(declare-fun phase_602 () Int)
(declare-fun phase_603 () Int)
(declare-fun phase_1050 () Int)
(declare-fun phase_1051 () Int)
(declare-fun phase_1052 () Int)
(declare-fun read_value () Real)
(declare-fun x_837 () Real)
(declare-fun boundary () Int)
(declare-fun x_489 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_595 22))
(assert
 (= phase_596 22))
(assert
 (= phase_597 22))
(assert
 (= phase_598 22))
(assert
 (= phase_599 22))
(assert
 (= phase_600 22))
(assert
 (= phase_602 22))
(assert
 (= phase_603 22))
(assert
 (= phase_1050 18))
(assert
 (= phase_1051 18))
(assert
 (= phase_1052 18))
(assert
 (let ((?x91713 (* (- 1.0) x_837)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x122433 (ite $x24162 ?x91713 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x78446 (ite $x208249 (* 1.0 x_837) 0.0)))
 (let ((?x36155 (* (- 1.0) x_489)))
 (let (($x272189 (>= boundary 19)))
 (let ((?x39300 (ite $x272189 ?x36155 0.0)))
 (let (($x103445 (>= boundary 15)))
 (let ((?x27766 (ite $x103445 (* 1.0 x_489) 0.0)))
 (let ((?x161574 (+ ?x27766 ?x39300 ?x78446 ?x122433)))
 (let (($x17214 (= read_value x_837)))
 (let (($x145620 (and (and (= read_index 10) (not false)) (= boundary (- phase_603 1)))))
 (let (($x225123 (and (and (= read_index 9) (not false)) (= boundary (- phase_602 1)))))
 (let (($x257351 (and (and (= read_index 8) (not false)) (= boundary (- phase_600 1)))))
 (let (($x23409 (and (and (= read_index 7) (not false)) (= boundary (- phase_599 1)))))
 (let (($x159091 (and (and (= read_index 6) (not false)) (= boundary (- phase_598 1)))))
 (let (($x185451 (and (and (= read_index 5) (not false)) (= boundary (- phase_597 1)))))
 (let (($x12606 (and (and (= read_index 4) (not false)) (= boundary (- phase_596 1)))))
 (let (($x220393 (and (and (= read_index 3) (not false)) (= boundary (- phase_595 1)))))
 (let (($x84939 (= read_value x_489)))
 (let (($x102792 (and (and (= read_index 2) (not false)) (= boundary (- phase_1052 1)))))
 (let (($x173487 (and (and (= read_index 1) (not false)) (= boundary (- phase_1051 1)))))
 (let (($x61433 (and (and (= read_index 0) (not false)) (= boundary (- phase_1050 1)))))
 (let (($x146754 (or (and $x61433 $x84939) (and $x173487 $x84939) (and $x102792 $x84939) (and $x220393 $x17214) (and $x12606 $x17214) (and $x185451 $x17214) (and $x159091 $x17214) (and $x23409 $x17214) (and $x257351 $x17214) (and $x225123 $x17214) (and $x145620 $x17214))))
 (and $x146754 (and (distinct ?x161574 read_value) true))))))))))))))))))))))))))))
(check-sat)
