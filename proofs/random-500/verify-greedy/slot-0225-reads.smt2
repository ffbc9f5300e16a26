(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_303 () Int)
(declare-fun phase_306 () Int)
(declare-fun read_value () Real)
(declare-fun x_300 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_303 19))
(assert
 (= phase_306 18))
(assert
 (let ((?x115441 (* (- 1.0) x_300)))
 (let (($x121819 (>= boundary 19)))
 (let ((?x129152 (ite $x121819 ?x115441 0.0)))
 (let ((?x113500 (+ (ite (>= boundary 15) (* 1.0 x_300) 0.0) ?x129152)))
 (let (($x95870 (= read_value x_300)))
 (let (($x130056 (and (and (= read_index 1) (not false)) (= boundary (- phase_306 1)))))
 (let (($x110083 (and (and (= read_index 0) (not false)) (= boundary (- phase_303 2)))))
 (and (or (and $x110083 $x95870) (and $x130056 $x95870)) (and (distinct ?x113500 read_value) true))))))))))
(check-sat)
