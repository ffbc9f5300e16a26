(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_16 () Int)
(declare-fun phase_52 () Int)
(declare-fun phase_89 () Int)
(declare-fun phase_126 () Int)
(declare-fun phase_163 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_32 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_16 2))
(assert
 (= phase_52 6))
(assert
 (= phase_89 10))
(assert
 (= phase_126 6))
(assert
 (= phase_163 10))
(assert
 (= phase_282 11))
(assert
 (let ((?x32375 (* (- 1.0) x_32)))
 (let (($x17940 (>= boundary 11)))
 (let ((?x52994 (ite $x17940 ?x32375 0.0)))
 (let ((?x53095 (+ (ite (>= boundary 3) (* 1.0 x_32) 0.0) ?x52994)))
 (let (($x30098 (= read_value x_32)))
 (let (($x41365 (= read_index 4)))
 (let (($x9120 (and (and $x41365 (not (= phase_16 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x19603 (and (and (= read_index 3) (not false)) (= boundary (- phase_163 1)))))
 (let (($x15527 (and (and (= read_index 2) (not false)) (= boundary (- phase_126 1)))))
 (let (($x38229 (and (and (= read_index 1) (not false)) (= boundary (- phase_89 1)))))
 (let (($x29944 (and (and (= read_index 0) (not false)) (= boundary (- phase_52 1)))))
 (let (($x9798 (or (and $x29944 $x30098) (and $x38229 $x30098) (and $x15527 $x30098) (and $x19603 $x30098) (and $x9120 $x30098))))
 (and $x9798 (and (distinct ?x53095 read_value) true)))))))))))))))
(check-sat)
