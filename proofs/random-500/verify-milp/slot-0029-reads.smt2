(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_57 () Int)
(declare-fun phase_94 () Int)
(declare-fun phase_143 () Int)
(declare-fun phase_413 () Int)
(declare-fun phase_444 () Int)
(declare-fun read_value () Real)
(declare-fun x_489 () Real)
(declare-fun boundary () Int)
(declare-fun x_51 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_57 10))
(assert
 (= phase_94 5))
(assert
 (= phase_143 10))
(assert
 (= phase_413 35))
(assert
 (= phase_444 36))
(assert
 (let ((?x111212 (* (- 1.0) x_51)))
 (let (($x105968 (>= boundary 37)))
 (let ((?x112660 (ite $x105968 ?x111212 0.0)))
 (let ((?x103960 (+ (ite (>= boundary 1) (* 1.0 x_51) 0.0) ?x112660 (ite (>= boundary 39) (* 1.0 x_489) 0.0))))
 (let (($x44483 (= read_value x_489)))
 (let (($x127646 (= read_value x_51)))
 (let (($x42081 (and (and (= read_index 4) (not false)) (= boundary (- phase_444 1)))))
 (let (($x105515 (and (and (= read_index 3) (not false)) (= boundary (- phase_413 2)))))
 (let (($x121623 (and (and (= read_index 2) (not false)) (= boundary (- phase_143 1)))))
 (let (($x119576 (and (and (= read_index 1) (not false)) (= boundary (- phase_94 2)))))
 (let (($x100143 (and (and (= read_index 0) (not false)) (= boundary (- phase_57 1)))))
 (let (($x48295 (or (and $x100143 $x127646) (and $x119576 $x127646) (and $x121623 $x127646) (and $x105515 $x127646) (and $x42081 $x127646) (and (and (= read_index 5) (= boundary 39)) $x44483))))
 (and $x48295 (and (distinct ?x103960 read_value) true)))))))))))))))
(check-sat)
