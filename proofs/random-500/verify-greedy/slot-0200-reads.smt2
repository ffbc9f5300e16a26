(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_360 () Int)
(declare-fun phase_375 () Int)
(declare-fun read_value () Real)
(declare-fun x_379 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_360 22))
(assert
 (= phase_375 30))
(assert
 (let ((?x114277 (* (- 1.0) x_379)))
 (let (($x23693 (>= boundary 31)))
 (let ((?x125737 (ite $x23693 ?x114277 0.0)))
 (let ((?x127015 (+ (ite (>= boundary 11) (* 1.0 x_379) 0.0) ?x125737)))
 (let (($x91677 (= read_value x_379)))
 (let (($x113762 (and (and (= read_index 1) (not false)) (= boundary (- phase_375 1)))))
 (let (($x1673 (and (and (= read_index 0) (not false)) (= boundary (- phase_360 1)))))
 (and (or (and $x1673 $x91677) (and $x113762 $x91677)) (and (distinct ?x127015 read_value) true))))))))))
(check-sat)
