(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_411 () Int)
(declare-fun phase_419 () Int)
(declare-fun phase_444 () Int)
(declare-fun read_value () Real)
(declare-fun x_396 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_411 29))
(assert
 (= phase_419 31))
(assert
 (= phase_444 28))
(assert
 (let ((?x111847 (* (- 1.0) x_396)))
 (let (($x23693 (>= boundary 31)))
 (let ((?x111874 (ite $x23693 ?x111847 0.0)))
 (let ((?x91441 (+ (ite (>= boundary 3) (* 1.0 x_396) 0.0) ?x111874)))
 (let (($x132417 (= read_value x_396)))
 (let (($x111420 (and (and (= read_index 2) (not false)) (= boundary (- phase_444 1)))))
 (let (($x78247 (and (and (= read_index 1) (not false)) (= boundary (- phase_419 2)))))
 (let (($x111517 (and (and (= read_index 0) (not false)) (= boundary (- phase_411 2)))))
 (and (or (and $x111517 $x132417) (and $x78247 $x132417) (and $x111420 $x132417)) (and (distinct ?x91441 read_value) true)))))))))))
(check-sat)
