(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_50 () Int)
(declare-fun phase_951 () Int)
(declare-fun phase_958 () Int)
(declare-fun read_value () Real)
(declare-fun x_70 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_50 10))
(assert
 (= phase_951 50))
(assert
 (= phase_958 10))
(assert
 (let ((?x208109 (* (- 1.0) x_70)))
 (let (($x251235 (>= boundary 51)))
 (let ((?x238441 (ite $x251235 ?x208109 0.0)))
 (let ((?x113114 (+ (ite (>= boundary 5) (* 1.0 x_70) 0.0) ?x238441)))
 (let (($x252681 (= read_value x_70)))
 (let (($x202874 (and (and (= read_index 2) (not false)) (= boundary (- phase_958 1)))))
 (let (($x45679 (and (and (= read_index 1) (not false)) (= boundary (- phase_951 1)))))
 (let (($x227196 (and (and (= read_index 0) (not false)) (= boundary (- phase_50 1)))))
 (and (or (and $x227196 $x252681) (and $x45679 $x252681) (and $x202874 $x252681)) (and (distinct ?x113114 read_value) true)))))))))))
(check-sat)
