(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_77 () Int)
(declare-fun phase_391 () Int)
(declare-fun phase_478 () Int)
(declare-fun read_value () Real)
(declare-fun x_44 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_77 6))
(assert
 (= phase_391 28))
(assert
 (= phase_478 34))
(assert
 (let ((?x119493 (* (- 1.0) x_44)))
 (let (($x64524 (>= boundary 35)))
 (let ((?x121310 (ite $x64524 ?x119493 0.0)))
 (let ((?x107246 (+ (ite (>= boundary 3) (* 1.0 x_44) 0.0) ?x121310)))
 (let (($x111877 (= read_value x_44)))
 (let (($x43223 (and (and (= read_index 2) (not false)) (= boundary (- phase_478 1)))))
 (let (($x43033 (and (and (= read_index 1) (not false)) (= boundary (- phase_391 1)))))
 (let (($x130681 (and (and (= read_index 0) (not false)) (= boundary (- phase_77 1)))))
 (and (or (and $x130681 $x111877) (and $x43033 $x111877) (and $x43223 $x111877)) (and (distinct ?x107246 read_value) true)))))))))))
(check-sat)
