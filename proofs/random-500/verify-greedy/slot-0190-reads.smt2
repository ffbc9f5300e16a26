(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_197 () Int)
(declare-fun phase_209 () Int)
(declare-fun phase_297 () Int)
(declare-fun phase_445 () Int)
(declare-fun read_value () Real)
(declare-fun x_229 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_197 10))
(assert
 (= phase_209 13))
(assert
 (= phase_297 14))
(assert
 (= phase_445 32))
(assert
 (let ((?x110574 (* (- 1.0) x_229)))
 (let (($x91408 (>= boundary 33)))
 (let ((?x125870 (ite $x91408 ?x110574 0.0)))
 (let ((?x63328 (+ (ite (>= boundary 11) (* 1.0 x_229) 0.0) ?x125870)))
 (let (($x104122 (= read_value x_229)))
 (let (($x128011 (and (and (= read_index 2) (not false)) (= boundary (- phase_445 1)))))
 (let (($x113792 (and (and (= read_index 1) (not false)) (= boundary (- phase_297 1)))))
 (let (($x59209 (= read_index 0)))
 (let (($x108758 (and (and $x59209 (not (= phase_197 (- phase_209 1)))) (= boundary (- phase_209 2)))))
 (and (or (and $x108758 $x104122) (and $x113792 $x104122) (and $x128011 $x104122)) (and (distinct ?x63328 read_value) true))))))))))))
(check-sat)
