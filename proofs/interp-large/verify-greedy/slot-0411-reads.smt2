(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_758 () Int)
(declare-fun phase_759 () Int)
(declare-fun phase_760 () Int)
(declare-fun phase_761 () Int)
(declare-fun phase_763 () Int)
(declare-fun phase_764 () Int)
(declare-fun phase_765 () Int)
(declare-fun phase_766 () Int)
(declare-fun read_value () Real)
(declare-fun x_1055 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_758 22))
(assert
 (= phase_759 22))
(assert
 (= phase_760 22))
(assert
 (= phase_761 22))
(assert
 (= phase_763 22))
(assert
 (= phase_764 22))
(assert
 (= phase_765 22))
(assert
 (= phase_766 22))
(assert
 (let ((?x77978 (* (- 1.0) x_1055)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x93025 (ite $x24162 ?x77978 0.0)))
 (let ((?x115583 (+ (ite (>= boundary 21) (* 1.0 x_1055) 0.0) ?x93025)))
 (let (($x98365 (= read_value x_1055)))
 (let (($x2826 (and (and (= read_index 7) (not false)) (= boundary (- phase_766 1)))))
 (let (($x11791 (and (and (= read_index 6) (not false)) (= boundary (- phase_765 1)))))
 (let (($x160385 (and (and (= read_index 5) (not false)) (= boundary (- phase_764 1)))))
 (let (($x165598 (and (and (= read_index 4) (not false)) (= boundary (- phase_763 1)))))
 (let (($x137833 (and (and (= read_index 3) (not false)) (= boundary (- phase_761 1)))))
 (let (($x16463 (and (and (= read_index 2) (not false)) (= boundary (- phase_760 1)))))
 (let (($x216419 (and (and (= read_index 1) (not false)) (= boundary (- phase_759 1)))))
 (let (($x77253 (and (and (= read_index 0) (not false)) (= boundary (- phase_758 1)))))
 (let (($x175407 (or (and $x77253 $x98365) (and $x216419 $x98365) (and $x16463 $x98365) (and $x137833 $x98365) (and $x165598 $x98365) (and $x160385 $x98365) (and $x11791 $x98365) (and $x2826 $x98365))))
 (and $x175407 (and (distinct ?x115583 read_value) true)))))))))))))))))
(check-sat)
