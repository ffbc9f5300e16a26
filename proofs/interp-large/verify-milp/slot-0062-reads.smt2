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
 (= phase_958 42))
(assert
 (let ((?x132932 (* (- 1.0) x_70)))
 (let (($x306816 (>= boundary 51)))
 (let ((?x151748 (ite $x306816 ?x132932 0.0)))
 (let ((?x138037 (+ (ite (>= boundary 5) (* 1.0 x_70) 0.0) ?x151748)))
 (let (($x136452 (= read_value x_70)))
 (let (($x74166 (and (and (= read_index 2) (not false)) (= boundary (- phase_958 1)))))
 (let (($x161348 (and (and (= read_index 1) (not false)) (= boundary (- phase_951 1)))))
 (let (($x144450 (and (and (= read_index 0) (not false)) (= boundary (- phase_50 1)))))
 (and (or (and $x144450 $x136452) (and $x161348 $x136452) (and $x74166 $x136452)) (and (distinct ?x138037 read_value) true)))))))))))
(check-sat)
