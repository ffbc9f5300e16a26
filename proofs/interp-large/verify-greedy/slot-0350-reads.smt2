(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_609 () Int)
(declare-fun phase_611 () Int)
(declare-fun phase_612 () Int)
(declare-fun phase_613 () Int)
(declare-fun phase_614 () Int)
(declare-fun phase_615 () Int)
(declare-fun phase_616 () Int)
(declare-fun phase_617 () Int)
(declare-fun read_value () Real)
(declare-fun x_850 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_609 22))
(assert
 (= phase_611 22))
(assert
 (= phase_612 22))
(assert
 (= phase_613 22))
(assert
 (= phase_614 22))
(assert
 (= phase_615 22))
(assert
 (= phase_616 22))
(assert
 (= phase_617 22))
(assert
 (let ((?x63907 (* (- 1.0) x_850)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x96775 (ite $x24162 ?x63907 0.0)))
 (let ((?x125292 (+ (ite (>= boundary 21) (* 1.0 x_850) 0.0) ?x96775)))
 (let (($x155740 (= read_value x_850)))
 (let (($x195860 (and (and (= read_index 7) (not false)) (= boundary (- phase_617 1)))))
 (let (($x131314 (and (and (= read_index 6) (not false)) (= boundary (- phase_616 1)))))
 (let (($x87234 (and (and (= read_index 5) (not false)) (= boundary (- phase_615 1)))))
 (let (($x123604 (and (and (= read_index 4) (not false)) (= boundary (- phase_614 1)))))
 (let (($x56321 (and (and (= read_index 3) (not false)) (= boundary (- phase_613 1)))))
 (let (($x191451 (and (and (= read_index 2) (not false)) (= boundary (- phase_612 1)))))
 (let (($x58337 (and (and (= read_index 1) (not false)) (= boundary (- phase_611 1)))))
 (let (($x129614 (and (and (= read_index 0) (not false)) (= boundary (- phase_609 1)))))
 (let (($x122500 (or (and $x129614 $x155740) (and $x58337 $x155740) (and $x191451 $x155740) (and $x56321 $x155740) (and $x123604 $x155740) (and $x87234 $x155740) (and $x131314 $x155740) (and $x195860 $x155740))))
 (and $x122500 (and (distinct ?x125292 read_value) true)))))))))))))))))
(check-sat)
