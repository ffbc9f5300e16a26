(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_208 () Int)
(declare-fun phase_209 () Int)
(declare-fun phase_210 () Int)
(declare-fun read_value () Real)
(declare-fun x_204 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_208 70))
(assert
 (= phase_209 70))
(assert
 (= phase_210 70))
(assert
 (let ((?x42701 (* (- 1.0) x_204)))
 (let (($x8246 (>= boundary 71)))
 (let ((?x46639 (ite $x8246 ?x42701 0.0)))
 (let ((?x24774 (+ (ite (>= boundary 1) (* 1.0 x_204) 0.0) ?x46639)))
 (let (($x8674 (= read_value x_204)))
 (let (($x26529 (and (and (= read_index 2) (not false)) (= boundary (- phase_210 1)))))
 (let (($x27478 (and (and (= read_index 1) (not false)) (= boundary (- phase_209 1)))))
 (let (($x42447 (and (and (= read_index 0) (not false)) (= boundary (- phase_208 1)))))
 (and (or (and $x42447 $x8674) (and $x27478 $x8674) (and $x26529 $x8674)) (and (distinct ?x24774 read_value) true)))))))))))
(check-sat)
