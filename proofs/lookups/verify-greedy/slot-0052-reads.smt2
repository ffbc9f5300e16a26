(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_103 () Int)
(declare-fun phase_104 () Int)
(declare-fun read_value () Real)
(declare-fun x_111 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_103 6))
(assert
 (= phase_104 6))
(assert
 (let ((?x52327 (* (- 1.0) x_111)))
 (let (($x13067 (>= boundary 7)))
 (let ((?x45429 (ite $x13067 ?x52327 0.0)))
 (let ((?x50317 (+ (ite (>= boundary 3) (* 1.0 x_111) 0.0) ?x45429)))
 (let (($x4236 (= read_value x_111)))
 (let (($x6558 (and (and (= read_index 1) (not false)) (= boundary (- phase_104 1)))))
 (let (($x5504 (and (and (= read_index 0) (not false)) (= boundary (- phase_103 1)))))
 (and (or (and $x5504 $x4236) (and $x6558 $x4236)) (and (distinct ?x50317 read_value) true))))))))))
(check-sat)
