(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_29 () Int)
(declare-fun phase_63 () Int)
(declare-fun phase_88 () Int)
(declare-fun phase_270 () Int)
(declare-fun phase_291 () Int)
(declare-fun phase_439 () Int)
(declare-fun read_value () Real)
(declare-fun x_553 () Real)
(declare-fun boundary () Int)
(declare-fun x_47 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_29 2))
(assert
 (= phase_63 3))
(assert
 (= phase_88 6))
(assert
 (= phase_270 22))
(assert
 (= phase_291 22))
(assert
 (= phase_439 30))
(assert
 (let ((?x46239 (* (- 1.0) x_47)))
 (let (($x23693 (>= boundary 31)))
 (let ((?x68988 (ite $x23693 ?x46239 0.0)))
 (let ((?x125565 (+ (ite (>= boundary 3) (* 1.0 x_47) 0.0) ?x68988 (ite (>= boundary 35) (* 1.0 x_553) 0.0))))
 (let (($x99669 (= read_value x_553)))
 (let (($x129223 (= read_value x_47)))
 (let (($x35965 (and (and (= read_index 4) (not false)) (= boundary (- phase_439 1)))))
 (let (($x58358 (and (and (= read_index 3) (not false)) (= boundary (- phase_291 1)))))
 (let (($x61003 (and (and (= read_index 2) (not false)) (= boundary (- phase_270 1)))))
 (let (($x15685 (and (and (= read_index 1) (not false)) (= boundary (- phase_88 1)))))
 (let (($x108531 (and (and (= read_index 0) (not (= phase_29 (- phase_63 1)))) (= boundary (- phase_63 2)))))
 (let (($x95724 (or (and $x108531 $x129223) (and $x15685 $x129223) (and $x61003 $x129223) (and $x58358 $x129223) (and $x35965 $x129223) (and (and (= read_index 5) (= boundary 39)) $x99669))))
 (and $x95724 (and (distinct ?x125565 read_value) true)))))))))))))))
(check-sat)
