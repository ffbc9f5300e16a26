(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_9 () Int)
(declare-fun phase_45 () Int)
(declare-fun phase_82 () Int)
(declare-fun phase_119 () Int)
(declare-fun phase_156 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_25 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_9 2))
(assert
 (= phase_45 6))
(assert
 (= phase_82 10))
(assert
 (= phase_119 6))
(assert
 (= phase_156 10))
(assert
 (= phase_282 11))
(assert
 (let ((?x28854 (* (- 1.0) x_25)))
 (let (($x17940 (>= boundary 11)))
 (let ((?x38007 (ite $x17940 ?x28854 0.0)))
 (let ((?x57875 (+ (ite (>= boundary 3) (* 1.0 x_25) 0.0) ?x38007)))
 (let (($x27548 (= read_value x_25)))
 (let (($x942 (and (and (= read_index 4) (not (= phase_9 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x40427 (and (and (= read_index 3) (not false)) (= boundary (- phase_156 1)))))
 (let (($x10318 (and (and (= read_index 2) (not false)) (= boundary (- phase_119 1)))))
 (let (($x48856 (and (and (= read_index 1) (not false)) (= boundary (- phase_82 1)))))
 (let (($x27207 (and (and (= read_index 0) (not false)) (= boundary (- phase_45 1)))))
 (let (($x15448 (or (and $x27207 $x27548) (and $x48856 $x27548) (and $x10318 $x27548) (and $x40427 $x27548) (and $x942 $x27548))))
 (and $x15448 (and (distinct ?x57875 read_value) true))))))))))))))
(check-sat)
