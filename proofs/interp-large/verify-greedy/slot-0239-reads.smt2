(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_300 () Int)
(declare-fun phase_559 () Int)
(declare-fun phase_560 () Int)
(declare-fun phase_561 () Int)
(declare-fun phase_562 () Int)
(declare-fun phase_563 () Int)
(declare-fun phase_564 () Int)
(declare-fun phase_566 () Int)
(declare-fun phase_567 () Int)
(declare-fun read_value () Real)
(declare-fun x_805 () Real)
(declare-fun boundary () Int)
(declare-fun x_421 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_300 14))
(assert
 (= phase_559 22))
(assert
 (= phase_560 22))
(assert
 (= phase_561 22))
(assert
 (= phase_562 22))
(assert
 (= phase_563 22))
(assert
 (= phase_564 22))
(assert
 (= phase_566 22))
(assert
 (= phase_567 22))
(assert
 (let ((?x168944 (* (- 1.0) x_805)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x193117 (ite $x24162 ?x168944 0.0)))
 (let ((?x106077 (* (- 1.0) x_421)))
 (let (($x103445 (>= boundary 15)))
 (let ((?x117761 (ite $x103445 ?x106077 0.0)))
 (let ((?x200981 (+ (ite (>= boundary 13) (* 1.0 x_421) 0.0) ?x117761 (ite (>= boundary 21) (* 1.0 x_805) 0.0) ?x193117)))
 (let (($x224782 (= read_value x_805)))
 (let (($x79916 (and (and (= read_index 8) (not false)) (= boundary (- phase_567 1)))))
 (let (($x139592 (and (and (= read_index 7) (not false)) (= boundary (- phase_566 1)))))
 (let (($x136565 (and (and (= read_index 6) (not false)) (= boundary (- phase_564 1)))))
 (let (($x113798 (and (and (= read_index 5) (not false)) (= boundary (- phase_563 1)))))
 (let (($x52765 (and (and (= read_index 4) (not false)) (= boundary (- phase_562 1)))))
 (let (($x158350 (and (and (= read_index 3) (not false)) (= boundary (- phase_561 1)))))
 (let (($x43430 (and (and (= read_index 2) (not false)) (= boundary (- phase_560 1)))))
 (let (($x221066 (and (and (= read_index 1) (not false)) (= boundary (- phase_559 1)))))
 (let (($x116758 (= read_value x_421)))
 (let (($x113685 (and (and (= read_index 0) (not false)) (= boundary (- phase_300 1)))))
 (let (($x122442 (or (and $x113685 $x116758) (and $x221066 $x224782) (and $x43430 $x224782) (and $x158350 $x224782) (and $x52765 $x224782) (and $x113798 $x224782) (and $x136565 $x224782) (and $x139592 $x224782) (and $x79916 $x224782))))
 (and $x122442 (and (distinct ?x200981 read_value) true))))))))))))))))))))))
(check-sat)
