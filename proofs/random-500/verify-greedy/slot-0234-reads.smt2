(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_308 () Int)
(declare-fun phase_325 () Int)
(declare-fun phase_338 () Int)
(declare-fun read_value () Real)
(declare-fun x_333 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_308 18))
(assert
 (= phase_325 20))
(assert
 (= phase_338 18))
(assert
 (let ((?x116979 (* (- 1.0) x_333)))
 (let (($x121827 (>= boundary 21)))
 (let ((?x123407 (ite $x121827 ?x116979 0.0)))
 (let ((?x112253 (+ (ite (>= boundary 15) (* 1.0 x_333) 0.0) ?x123407)))
 (let (($x75207 (= read_value x_333)))
 (let (($x22894 (and (and (= read_index 2) (not false)) (= boundary (- phase_338 1)))))
 (let (($x118347 (and (and (= read_index 1) (not false)) (= boundary (- phase_325 1)))))
 (let (($x104230 (and (and (= read_index 0) (not false)) (= boundary (- phase_308 1)))))
 (and (or (and $x104230 $x75207) (and $x118347 $x75207) (and $x22894 $x75207)) (and (distinct ?x112253 read_value) true)))))))))))
(check-sat)
