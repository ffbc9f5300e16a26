(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_45 () Int)
(declare-fun phase_145 () Int)
(declare-fun phase_164 () Int)
(declare-fun read_value () Real)
(declare-fun x_49 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_45 14))
(assert
 (= phase_145 34))
(assert
 (= phase_164 34))
(assert
 (let ((?x24863 (* (- 1.0) x_49)))
 (let (($x21637 (>= boundary 35)))
 (let ((?x28915 (ite $x21637 ?x24863 0.0)))
 (let ((?x22652 (+ (ite (>= boundary 5) (* 1.0 x_49) 0.0) ?x28915)))
 (let (($x4574 (= read_value x_49)))
 (let (($x5323 (and (and (= read_index 2) (not false)) (= boundary (- phase_164 1)))))
 (let (($x13051 (and (and (= read_index 1) (not false)) (= boundary (- phase_145 1)))))
 (let (($x26758 (and (and (= read_index 0) (not false)) (= boundary (- phase_45 1)))))
 (and (or (and $x26758 $x4574) (and $x13051 $x4574) (and $x5323 $x4574)) (and (distinct ?x22652 read_value) true)))))))))))
(check-sat)
