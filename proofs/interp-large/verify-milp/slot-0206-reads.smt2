(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_966 () Int)
(declare-fun phase_967 () Int)
(declare-fun phase_968 () Int)
(declare-fun read_value () Real)
(declare-fun x_444 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_966 42))
(assert
 (= phase_967 42))
(assert
 (= phase_968 42))
(assert
 (let ((?x158233 (* (- 1.0) x_444)))
 (let (($x139643 (>= boundary 43)))
 (let ((?x212259 (ite $x139643 ?x158233 0.0)))
 (let ((?x77929 (+ (ite (>= boundary 15) (* 1.0 x_444) 0.0) ?x212259)))
 (let (($x139589 (= read_value x_444)))
 (let (($x158432 (and (and (= read_index 2) (not false)) (= boundary (- phase_968 1)))))
 (let (($x94234 (and (and (= read_index 1) (not false)) (= boundary (- phase_967 1)))))
 (let (($x154917 (and (and (= read_index 0) (not false)) (= boundary (- phase_966 1)))))
 (and (or (and $x154917 $x139589) (and $x94234 $x139589) (and $x158432 $x139589)) (and (distinct ?x77929 read_value) true)))))))))))
(check-sat)
