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
 (= phase_106 6))
(assert
 (= phase_143 10))
(assert
 (= phase_180 10))
(assert
 (= phase_282 3))
(assert
 (let ((?x22948 (* (- 1.0) x_49)))
 (let (($x18406 (>= boundary 11)))
 (let ((?x30189 (ite $x18406 ?x22948 0.0)))
 (let ((?x60604 (+ (ite (>= boundary 3) (* 1.0 x_49) 0.0) ?x30189)))
 (let (($x54723 (= read_value x_49)))
 (let (($x105111 (= read_index 4)))
 (let (($x28392 (and (and $x105111 (not (= phase_33 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x30388 (and (and (= read_index 3) (not false)) (= boundary (- phase_180 1)))))
 (let (($x30266 (and (and (= read_index 2) (not false)) (= boundary (- phase_143 1)))))
 (let (($x30977 (and (and (= read_index 1) (not false)) (= boundary (- phase_106 1)))))
 (let (($x31012 (and (and (= read_index 0) (not false)) (= boundary (- phase_69 1)))))
 (let (($x58613 (or (and $x31012 $x54723) (and $x30977 $x54723) (and $x30266 $x54723) (and $x30388 $x54723) (and $x28392 $x54723))))
 (and $x58613 (and (distinct ?x60604 read_value) true)))))))))))))))
(check-sat)
