(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_264 () Int)
(declare-fun phase_478 () Int)
(declare-fun phase_479 () Int)
(declare-fun phase_480 () Int)
(declare-fun phase_481 () Int)
(declare-fun phase_482 () Int)
(declare-fun phase_483 () Int)
(declare-fun phase_484 () Int)
(declare-fun phase_494 () Int)
(declare-fun read_value () Real)
(declare-fun x_657 () Real)
(declare-fun boundary () Int)
(declare-fun x_389 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_264 14))
(assert
 (= phase_478 22))
(assert
 (= phase_479 22))
(assert
 (= phase_480 22))
(assert
 (= phase_481 22))
(assert
 (= phase_482 22))
(assert
 (= phase_483 22))
(assert
 (= phase_484 22))
(assert
 (= phase_494 22))
(assert
 (let ((?x190330 (* (- 1.0) x_657)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x218896 (ite $x24162 ?x190330 0.0)))
 (let ((?x110550 (* (- 1.0) x_389)))
 (let (($x103445 (>= boundary 15)))
 (let ((?x137357 (ite $x103445 ?x110550 0.0)))
 (let ((?x225249 (+ (ite (>= boundary 13) (* 1.0 x_389) 0.0) ?x137357 (ite (>= boundary 21) (* 1.0 x_657) 0.0) ?x218896)))
 (let (($x258356 (= read_value x_657)))
 (let (($x146553 (and (and (= read_index 8) (not false)) (= boundary (- phase_494 1)))))
 (let (($x208062 (and (and (= read_index 7) (not false)) (= boundary (- phase_484 1)))))
 (let (($x102601 (and (and (= read_index 6) (not false)) (= boundary (- phase_483 1)))))
 (let (($x275254 (and (and (= read_index 5) (not false)) (= boundary (- phase_482 1)))))
 (let (($x8919 (and (and (= read_index 4) (not false)) (= boundary (- phase_481 1)))))
 (let (($x99478 (and (and (= read_index 3) (not false)) (= boundary (- phase_480 1)))))
 (let (($x175641 (and (and (= read_index 2) (not false)) (= boundary (- phase_479 1)))))
 (let (($x227889 (and (and (= read_index 1) (not false)) (= boundary (- phase_478 1)))))
 (let (($x79093 (= read_value x_389)))
 (let (($x64013 (and (and (= read_index 0) (not false)) (= boundary (- phase_264 1)))))
 (let (($x174967 (or (and $x64013 $x79093) (and $x227889 $x258356) (and $x175641 $x258356) (and $x99478 $x258356) (and $x8919 $x258356) (and $x275254 $x258356) (and $x102601 $x258356) (and $x208062 $x258356) (and $x146553 $x258356))))
 (and $x174967 (and (distinct ?x225249 read_value) true))))))))))))))))))))))
(check-sat)
