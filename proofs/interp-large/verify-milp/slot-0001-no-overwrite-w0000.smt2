(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x6073 (= value_index 0)))
 (let (($x27965 (and $x6073 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x202730 (and $x27965 true)))
 (let (($x75384 (or $x202730)))
 (let (($x169547 (= boundary (- 1))))
 (let (($x71145 (or $x169547)))
 (and $x71145 $x75384))))))))
(check-sat)
