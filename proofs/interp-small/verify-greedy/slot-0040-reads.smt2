(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_42 () Int)
(declare-fun phase_145 () Int)
(declare-fun phase_152 () Int)
(declare-fun read_value () Real)
(declare-fun x_48 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_42 10))
(assert
 (= phase_145 34))
(assert
 (= phase_152 10))
(assert
 (let ((?x37216 (* (- 1.0) x_48)))
 (let (($x16479 (>= boundary 35)))
 (let ((?x57065 (ite $x16479 ?x37216 0.0)))
 (let ((?x28324 (+ (ite (>= boundary 5) (* 1.0 x_48) 0.0) ?x57065)))
 (let (($x25807 (= read_value x_48)))
 (let (($x59659 (and (and (= read_index 2) (not false)) (= boundary (- phase_152 1)))))
 (let (($x37339 (and (and (= read_index 1) (not false)) (= boundary (- phase_145 1)))))
 (let (($x21430 (and (and (= read_index 0) (not false)) (= boundary (- phase_42 1)))))
 (and (or (and $x21430 $x25807) (and $x37339 $x25807) (and $x59659 $x25807)) (and (distinct ?x28324 read_value) true)))))))))))
(check-sat)
