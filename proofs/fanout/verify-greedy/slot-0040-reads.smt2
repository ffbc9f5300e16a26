(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_31 () Int)
(declare-fun phase_67 () Int)
(declare-fun phase_104 () Int)
(declare-fun phase_141 () Int)
(declare-fun phase_178 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_47 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_31 2))
(assert
 (= phase_67 6))
(assert
 (= phase_104 6))
(assert
 (= phase_141 10))
(assert
 (= phase_178 10))
(assert
 (= phase_282 3))
(assert
 (let ((?x27819 (* (- 1.0) x_47)))
 (let (($x18406 (>= boundary 11)))
 (let ((?x30197 (ite $x18406 ?x27819 0.0)))
 (let ((?x44105 (+ (ite (>= boundary 3) (* 1.0 x_47) 0.0) ?x30197)))
 (let (($x85770 (= read_value x_47)))
 (let (($x105111 (= read_index 4)))
 (let (($x23831 (and (and $x105111 (not (= phase_31 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x87810 (and (and (= read_index 3) (not false)) (= boundary (- phase_178 1)))))
 (let (($x7724 (and (and (= read_index 2) (not false)) (= boundary (- phase_141 1)))))
 (let (($x2014 (and (and (= read_index 1) (not false)) (= boundary (- phase_104 1)))))
 (let (($x61872 (and (and (= read_index 0) (not false)) (= boundary (- phase_67 1)))))
 (let (($x30977 (or (and $x61872 $x85770) (and $x2014 $x85770) (and $x7724 $x85770) (and $x87810 $x85770) (and $x23831 $x85770))))
 (and $x30977 (and (distinct ?x44105 read_value) true)))))))))))))))
(check-sat)
