(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_18 () Int)
(declare-fun phase_54 () Int)
(declare-fun phase_91 () Int)
(declare-fun phase_128 () Int)
(declare-fun phase_165 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_34 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_18 2))
(assert
 (= phase_54 6))
(assert
 (= phase_91 6))
(assert
 (= phase_128 6))
(assert
 (= phase_165 10))
(assert
 (= phase_282 3))
(assert
 (let ((?x20360 (* (- 1.0) x_34)))
 (let (($x18406 (>= boundary 11)))
 (let ((?x22169 (ite $x18406 ?x20360 0.0)))
 (let ((?x22996 (+ (ite (>= boundary 3) (* 1.0 x_34) 0.0) ?x22169)))
 (let (($x67418 (= read_value x_34)))
 (let (($x105111 (= read_index 4)))
 (let (($x58286 (and (and $x105111 (not (= phase_18 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x33823 (and (and (= read_index 3) (not false)) (= boundary (- phase_165 1)))))
 (let (($x85317 (and (and (= read_index 2) (not false)) (= boundary (- phase_128 1)))))
 (let (($x85503 (and (and (= read_index 1) (not false)) (= boundary (- phase_91 1)))))
 (let (($x58729 (and (and (= read_index 0) (not false)) (= boundary (- phase_54 1)))))
 (let (($x29107 (or (and $x58729 $x67418) (and $x85503 $x67418) (and $x85317 $x67418) (and $x33823 $x67418) (and $x58286 $x67418))))
 (and $x29107 (and (distinct ?x22996 read_value) true)))))))))))))))
(check-sat)
