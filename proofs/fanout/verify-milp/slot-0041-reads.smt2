(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_32 () Int)
(declare-fun phase_68 () Int)
(declare-fun phase_105 () Int)
(declare-fun phase_142 () Int)
(declare-fun phase_179 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_48 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_32 2))
(assert
 (= phase_68 6))
(assert
 (= phase_105 10))
(assert
 (= phase_142 6))
(assert
 (= phase_179 10))
(assert
 (= phase_282 11))
(assert
 (let ((?x7960 (* (- 1.0) x_48)))
 (let (($x17940 (>= boundary 11)))
 (let ((?x19176 (ite $x17940 ?x7960 0.0)))
 (let (($x13403 (>= boundary 3)))
 (let ((?x3966 (ite $x13403 (* 1.0 x_48) 0.0)))
 (let ((?x43319 (+ ?x3966 ?x19176)))
 (let (($x47546 (= read_value x_48)))
 (let (($x41365 (= read_index 4)))
 (let (($x57665 (and (and $x41365 (not (= phase_32 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x14280 (and (and (= read_index 3) (not false)) (= boundary (- phase_179 1)))))
 (let (($x5987 (and (and (= read_index 2) (not false)) (= boundary (- phase_142 1)))))
 (let (($x51328 (and (and (= read_index 1) (not false)) (= boundary (- phase_105 1)))))
 (let (($x34607 (and (and (= read_index 0) (not false)) (= boundary (- phase_68 1)))))
 (let (($x18580 (or (and $x34607 $x47546) (and $x51328 $x47546) (and $x5987 $x47546) (and $x14280 $x47546) (and $x57665 $x47546))))
 (and $x18580 (and (distinct ?x43319 read_value) true)))))))))))))))))
(check-sat)
