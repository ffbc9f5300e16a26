(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_36 () Int)
(declare-fun phase_950 () Int)
(declare-fun phase_955 () Int)
(declare-fun read_value () Real)
(declare-fun x_101 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_36 6))
(assert
 (= phase_950 47))
(assert
 (= phase_955 7))
(assert
 (let ((?x209962 (* 1.0 x_101)))
 (let (($x33429 (>= boundary 7)))
 (let ((?x234837 (ite $x33429 ?x209962 0.0)))
 (let (($x121799 (= read_value x_101)))
 (let (($x116607 (= read_index 1)))
 (let (($x119382 (and (and $x116607 (not (= phase_36 (- phase_955 1)))) (= boundary (- phase_955 2)))))
 (let (($x78838 (= read_index 0)))
 (let (($x211154 (and (and $x78838 (not (= phase_36 (- phase_950 1)))) (= boundary (- phase_950 2)))))
 (let (($x102476 (or (and $x211154 $x121799) (and $x119382 $x121799) (and (and (= read_index 2) (= boundary 51)) $x121799))))
 (and $x102476 (and (distinct ?x234837 read_value) true))))))))))))
(check-sat)
