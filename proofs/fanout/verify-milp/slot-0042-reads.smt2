(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_33 () Int)
(declare-fun phase_69 () Int)
(declare-fun phase_106 () Int)
(declare-fun phase_143 () Int)
(declare-fun phase_180 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_49 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_33 2))
(assert
 (= phase_69 6))
(assert
 (= phase_106 10))
(assert
 (= phase_143 6))
(assert
 (= phase_180 10))
(assert
 (= phase_282 11))
(assert
 (let ((?x23991 (* (- 1.0) x_49)))
 (let (($x17940 (>= boundary 11)))
 (let ((?x26389 (ite $x17940 ?x23991 0.0)))
 (let (($x13403 (>= boundary 3)))
 (let ((?x19128 (ite $x13403 (* 1.0 x_49) 0.0)))
 (let ((?x62566 (+ ?x19128 ?x26389)))
 (let (($x60724 (= read_value x_49)))
 (let (($x41365 (= read_index 4)))
 (let (($x62176 (and (and $x41365 (not (= phase_33 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x24780 (and (and (= read_index 3) (not false)) (= boundary (- phase_180 1)))))
 (let (($x91260 (and (and (= read_index 2) (not false)) (= boundary (- phase_143 1)))))
 (let (($x2886 (and (and (= read_index 1) (not false)) (= boundary (- phase_106 1)))))
 (let (($x43364 (and (and (= read_index 0) (not false)) (= boundary (- phase_69 1)))))
 (let (($x9743 (or (and $x43364 $x60724) (and $x2886 $x60724) (and $x91260 $x60724) (and $x24780 $x60724) (and $x62176 $x60724))))
 (and $x9743 (and (distinct ?x62566 read_value) true)))))))))))))))))
(check-sat)
