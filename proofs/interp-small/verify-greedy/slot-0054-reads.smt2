(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_36 () Int)
(declare-fun phase_144 () Int)
(declare-fun phase_149 () Int)
(declare-fun read_value () Real)
(declare-fun x_75 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_36 6))
(assert
 (= phase_144 31))
(assert
 (= phase_149 7))
(assert
 (let ((?x36498 (* 1.0 x_75)))
 (let (($x28505 (>= boundary 7)))
 (let ((?x35702 (ite $x28505 ?x36498 0.0)))
 (let (($x6563 (= read_value x_75)))
 (let (($x51222 (= read_index 1)))
 (let (($x17660 (and (and $x51222 (not (= phase_36 (- phase_149 1)))) (= boundary (- phase_149 2)))))
 (let (($x51170 (= read_index 0)))
 (let (($x14775 (and (and $x51170 (not (= phase_36 (- phase_144 1)))) (= boundary (- phase_144 2)))))
 (let (($x27807 (or (and $x14775 $x6563) (and $x17660 $x6563) (and (and (= read_index 2) (= boundary 35)) $x6563))))
 (and $x27807 (and (distinct ?x35702 read_value) true))))))))))))
(check-sat)
