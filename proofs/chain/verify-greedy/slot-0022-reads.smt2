(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_200 () Int)
(declare-fun phase_201 () Int)
(declare-fun phase_202 () Int)
(declare-fun read_value () Real)
(declare-fun x_202 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_200 62))
(assert
 (= phase_201 62))
(assert
 (= phase_202 62))
(assert
 (let ((?x35791 (* (- 1.0) x_202)))
 (let (($x20017 (>= boundary 63)))
 (let ((?x36374 (ite $x20017 ?x35791 0.0)))
 (let (($x35878 (>= boundary 1)))
 (let ((?x30461 (ite $x35878 (* 1.0 x_202) 0.0)))
 (let ((?x62234 (+ ?x30461 ?x36374)))
 (let (($x7566 (= read_value x_202)))
 (let (($x27130 (and (and (= read_index 2) (not false)) (= boundary (- phase_202 1)))))
 (let (($x20658 (and (and (= read_index 1) (not false)) (= boundary (- phase_201 1)))))
 (let (($x42851 (and (and (= read_index 0) (not false)) (= boundary (- phase_200 1)))))
 (and (or (and $x42851 $x7566) (and $x20658 $x7566) (and $x27130 $x7566)) (and (distinct ?x62234 read_value) true)))))))))))))
(check-sat)
