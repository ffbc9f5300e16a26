(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_51 () Int)
(declare-fun phase_182 () Int)
(declare-fun read_value () Real)
(declare-fun x_51 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_51 22))
(assert
 (= phase_182 34))
(assert
 (let ((?x20404 (* (- 1.0) x_51)))
 (let (($x21637 (>= boundary 35)))
 (let ((?x15903 (ite $x21637 ?x20404 0.0)))
 (let ((?x17272 (+ (ite (>= boundary 5) (* 1.0 x_51) 0.0) ?x15903)))
 (let (($x10097 (= read_value x_51)))
 (let (($x17522 (and (and (= read_index 1) (not false)) (= boundary (- phase_182 1)))))
 (let (($x1318 (and (and (= read_index 0) (not false)) (= boundary (- phase_51 1)))))
 (and (or (and $x1318 $x10097) (and $x17522 $x10097)) (and (distinct ?x17272 read_value) true))))))))))
(check-sat)
