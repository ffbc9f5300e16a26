(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_20 () Int)
(declare-fun phase_56 () Int)
(declare-fun phase_93 () Int)
(declare-fun phase_130 () Int)
(declare-fun phase_167 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_36 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_20 2))
(assert
 (= phase_56 6))
(assert
 (= phase_93 6))
(assert
 (= phase_130 6))
(assert
 (= phase_167 10))
(assert
 (= phase_282 3))
(assert
 (let ((?x40242 (* (- 1.0) x_36)))
 (let (($x18406 (>= boundary 11)))
 (let ((?x55159 (ite $x18406 ?x40242 0.0)))
 (let (($x17771 (>= boundary 3)))
 (let ((?x34685 (ite $x17771 (* 1.0 x_36) 0.0)))
 (let ((?x60389 (+ ?x34685 ?x55159)))
 (let (($x46159 (= read_value x_36)))
 (let (($x105111 (= read_index 4)))
 (let (($x62229 (and (and $x105111 (not (= phase_20 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x62217 (and (and (= read_index 3) (not false)) (= boundary (- phase_167 1)))))
 (let (($x32660 (and (and (= read_index 2) (not false)) (= boundary (- phase_130 1)))))
 (let (($x49083 (and (and (= read_index 1) (not false)) (= boundary (- phase_93 1)))))
 (let (($x28535 (and (and (= read_index 0) (not false)) (= boundary (- phase_56 1)))))
 (let (($x26100 (or (and $x28535 $x46159) (and $x49083 $x46159) (and $x32660 $x46159) (and $x62217 $x46159) (and $x62229 $x46159))))
 (and $x26100 (and (distinct ?x60389 read_value) true)))))))))))))))))
(check-sat)
