(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_15 () Int)
(declare-fun phase_51 () Int)
(declare-fun phase_88 () Int)
(declare-fun phase_125 () Int)
(declare-fun phase_162 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_31 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_15 2))
(assert
 (= phase_51 6))
(assert
 (= phase_88 6))
(assert
 (= phase_125 6))
(assert
 (= phase_162 10))
(assert
 (= phase_282 3))
(assert
 (let ((?x22149 (* (- 1.0) x_31)))
 (let (($x18406 (>= boundary 11)))
 (let ((?x46924 (ite $x18406 ?x22149 0.0)))
 (let (($x17771 (>= boundary 3)))
 (let ((?x10012 (ite $x17771 (* 1.0 x_31) 0.0)))
 (let ((?x72401 (+ ?x10012 ?x46924)))
 (let (($x86792 (= read_value x_31)))
 (let (($x105111 (= read_index 4)))
 (let (($x3912 (and (and $x105111 (not (= phase_15 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x23717 (and (and (= read_index 3) (not false)) (= boundary (- phase_162 1)))))
 (let (($x20759 (and (and (= read_index 2) (not false)) (= boundary (- phase_125 1)))))
 (let (($x60998 (and (and (= read_index 1) (not false)) (= boundary (- phase_88 1)))))
 (let (($x59482 (and (and (= read_index 0) (not false)) (= boundary (- phase_51 1)))))
 (let (($x6150 (or (and $x59482 $x86792) (and $x60998 $x86792) (and $x20759 $x86792) (and $x23717 $x86792) (and $x3912 $x86792))))
 (and $x6150 (and (distinct ?x72401 read_value) true)))))))))))))))))
(check-sat)
