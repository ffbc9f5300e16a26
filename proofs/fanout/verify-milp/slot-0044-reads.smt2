(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_35 () Int)
(declare-fun phase_71 () Int)
(declare-fun phase_108 () Int)
(declare-fun phase_145 () Int)
(declare-fun phase_182 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_51 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_35 2))
(assert
 (= phase_71 6))
(assert
 (= phase_108 10))
(assert
 (= phase_145 6))
(assert
 (= phase_182 10))
(assert
 (= phase_282 11))
(assert
 (let ((?x30150 (* (- 1.0) x_51)))
 (let (($x17940 (>= boundary 11)))
 (let ((?x32306 (ite $x17940 ?x30150 0.0)))
 (let ((?x33738 (+ (ite (>= boundary 3) (* 1.0 x_51) 0.0) ?x32306)))
 (let (($x61165 (= read_value x_51)))
 (let (($x41365 (= read_index 4)))
 (let (($x36070 (and (and $x41365 (not (= phase_35 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x39874 (and (and (= read_index 3) (not false)) (= boundary (- phase_182 1)))))
 (let (($x5402 (and (and (= read_index 2) (not false)) (= boundary (- phase_145 1)))))
 (let (($x38624 (and (and (= read_index 1) (not false)) (= boundary (- phase_108 1)))))
 (let (($x34087 (and (and (= read_index 0) (not false)) (= boundary (- phase_71 1)))))
 (let (($x31287 (or (and $x34087 $x61165) (and $x38624 $x61165) (and $x5402 $x61165) (and $x39874 $x61165) (and $x36070 $x61165))))
 (and $x31287 (and (distinct ?x33738 read_value) true)))))))))))))))
(check-sat)
