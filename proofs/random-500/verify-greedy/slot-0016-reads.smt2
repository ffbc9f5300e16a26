(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_17 () Int)
(declare-fun phase_18 () Int)
(declare-fun phase_26 () Int)
(declare-fun phase_29 () Int)
(declare-fun phase_48 () Int)
(declare-fun phase_49 () Int)
(declare-fun phase_102 () Int)
(declare-fun phase_114 () Int)
(declare-fun phase_127 () Int)
(declare-fun phase_141 () Int)
(declare-fun phase_148 () Int)
(declare-fun phase_154 () Int)
(declare-fun phase_233 () Int)
(declare-fun phase_280 () Int)
(declare-fun phase_333 () Int)
(declare-fun read_value () Real)
(declare-fun x_342 () Real)
(declare-fun boundary () Int)
(declare-fun x_16 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_17 0))
(assert
 (= phase_18 2))
(assert
 (= phase_26 2))
(assert
 (= phase_29 2))
(assert
 (= phase_48 1))
(assert
 (= phase_49 0))
(assert
 (= phase_102 3))
(assert
 (= phase_114 8))
(assert
 (= phase_127 6))
(assert
 (= phase_141 1))
(assert
 (= phase_148 6))
(assert
 (= phase_154 8))
(assert
 (= phase_233 14))
(assert
 (= phase_280 18))
(assert
 (= phase_333 23))
(assert
 (let ((?x40148 (* (- 1.0) x_16)))
 (let (($x113435 (>= boundary 23)))
 (let ((?x50822 (ite $x113435 ?x40148 0.0)))
 (let ((?x68404 (+ (ite (>= boundary (- 1)) (* 1.0 x_16) 0.0) ?x50822 (ite (>= boundary 25) (* 1.0 x_342) 0.0))))
 (let (($x104450 (= read_value x_342)))
 (let (($x73621 (= read_value x_16)))
 (let (($x104466 (and (and (= read_index 14) (not false)) (= boundary (- phase_333 2)))))
 (let (($x94574 (and (and (= read_index 13) (not false)) (= boundary (- phase_280 1)))))
 (let (($x93934 (and (and (= read_index 12) (not false)) (= boundary (- phase_233 1)))))
 (let (($x104437 (and (and (= read_index 11) (not false)) (= boundary (- phase_154 1)))))
 (let (($x89982 (and (and (= read_index 10) (not false)) (= boundary (- phase_148 1)))))
 (let (($x94211 (and (and (= read_index 9) (not false)) (= boundary (- phase_141 2)))))
 (let (($x97783 (and (and (= read_index 8) (not false)) (= boundary (- phase_127 1)))))
 (let (($x94562 (and (and (= read_index 7) (not false)) (= boundary (- phase_114 1)))))
 (let (($x94250 (and (and (= read_index 6) (not false)) (= boundary (- phase_102 2)))))
 (let (($x94877 (and (and (= read_index 5) (not false)) (= boundary (- phase_49 1)))))
 (let (($x130062 (and (and (= read_index 4) (not false)) (= boundary (- phase_48 2)))))
 (let (($x102539 (and (and (= read_index 3) (not false)) (= boundary (- phase_29 1)))))
 (let (($x125680 (and (and (= read_index 2) (not false)) (= boundary (- phase_26 1)))))
 (let (($x111528 (and (and (= read_index 1) (not false)) (= boundary (- phase_18 1)))))
 (let (($x61776 (and (and (= read_index 0) (not false)) (= boundary (- phase_17 1)))))
 (let (($x53925 (or (and $x61776 $x73621) (and $x111528 $x73621) (and $x125680 $x73621) (and $x102539 $x73621) (and $x130062 $x73621) (and $x94877 $x73621) (and $x94250 $x73621) (and $x94562 $x73621) (and $x97783 $x73621) (and $x94211 $x73621) (and $x89982 $x73621) (and $x104437 $x73621) (and $x93934 $x73621) (and $x94574 $x73621) (and $x104466 $x73621) (and (and (= read_index 15) (= boundary 39)) $x104450))))
 (and $x53925 (and (distinct ?x68404 read_value) true)))))))))))))))))))))))))
(check-sat)
