(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_29 () Int)
(declare-fun phase_65 () Int)
(declare-fun phase_102 () Int)
(declare-fun phase_139 () Int)
(declare-fun phase_176 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_45 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_29 2))
(assert
 (= phase_65 6))
(assert
 (= phase_102 6))
(assert
 (= phase_139 10))
(assert
 (= phase_176 10))
(assert
 (= phase_282 3))
(assert
 (let ((?x18271 (* (- 1.0) x_45)))
 (let (($x18406 (>= boundary 11)))
 (let ((?x26083 (ite $x18406 ?x18271 0.0)))
 (let (($x17771 (>= boundary 3)))
 (let ((?x11472 (ite $x17771 (* 1.0 x_45) 0.0)))
 (let ((?x58613 (+ ?x11472 ?x26083)))
 (let (($x62997 (= read_value x_45)))
 (let (($x105111 (= read_index 4)))
 (let (($x4740 (and (and $x105111 (not (= phase_29 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x56248 (and (and (= read_index 3) (not false)) (= boundary (- phase_176 1)))))
 (let (($x25361 (and (and (= read_index 2) (not false)) (= boundary (- phase_139 1)))))
 (let (($x11421 (and (and (= read_index 1) (not false)) (= boundary (- phase_102 1)))))
 (let (($x34742 (and (and (= read_index 0) (not false)) (= boundary (- phase_65 1)))))
 (let (($x8224 (or (and $x34742 $x62997) (and $x11421 $x62997) (and $x25361 $x62997) (and $x56248 $x62997) (and $x4740 $x62997))))
 (and $x8224 (and (distinct ?x58613 read_value) true)))))))))))))))))
(check-sat)
