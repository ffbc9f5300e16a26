(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_36 () Int)
(declare-fun phase_72 () Int)
(declare-fun phase_109 () Int)
(declare-fun phase_146 () Int)
(declare-fun phase_183 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_52 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_36 2))
(assert
 (= phase_72 6))
(assert
 (= phase_109 6))
(assert
 (= phase_146 10))
(assert
 (= phase_183 10))
(assert
 (= phase_282 3))
(assert
 (let ((?x32591 (* (- 1.0) x_52)))
 (let (($x18406 (>= boundary 11)))
 (let ((?x41476 (ite $x18406 ?x32591 0.0)))
 (let ((?x42723 (+ (ite (>= boundary 3) (* 1.0 x_52) 0.0) ?x41476)))
 (let (($x64460 (= read_value x_52)))
 (let (($x105111 (= read_index 4)))
 (let (($x9161 (and (and $x105111 (not (= phase_36 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x85308 (and (and (= read_index 3) (not false)) (= boundary (- phase_183 1)))))
 (let (($x16049 (and (and (= read_index 2) (not false)) (= boundary (- phase_146 1)))))
 (let (($x2359 (and (and (= read_index 1) (not false)) (= boundary (- phase_109 1)))))
 (let (($x34688 (and (and (= read_index 0) (not false)) (= boundary (- phase_72 1)))))
 (let (($x4221 (or (and $x34688 $x64460) (and $x2359 $x64460) (and $x16049 $x64460) (and $x85308 $x64460) (and $x9161 $x64460))))
 (and $x4221 (and (distinct ?x42723 read_value) true)))))))))))))))
(check-sat)
