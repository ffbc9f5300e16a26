(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_733 () Int)
(declare-fun phase_734 () Int)
(declare-fun phase_736 () Int)
(declare-fun phase_737 () Int)
(declare-fun phase_738 () Int)
(declare-fun phase_739 () Int)
(declare-fun phase_740 () Int)
(declare-fun phase_741 () Int)
(declare-fun read_value () Real)
(declare-fun x_1033 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_733 22))
(assert
 (= phase_734 22))
(assert
 (= phase_736 22))
(assert
 (= phase_737 22))
(assert
 (= phase_738 22))
(assert
 (= phase_739 22))
(assert
 (= phase_740 22))
(assert
 (= phase_741 22))
(assert
 (let ((?x109730 (* (- 1.0) x_1033)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x147699 (ite $x24162 ?x109730 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x94521 (ite $x208249 (* 1.0 x_1033) 0.0)))
 (let ((?x167817 (+ ?x94521 ?x147699)))
 (let (($x143959 (= read_value x_1033)))
 (let (($x84679 (and (and (= read_index 7) (not false)) (= boundary (- phase_741 1)))))
 (let (($x41116 (and (and (= read_index 6) (not false)) (= boundary (- phase_740 1)))))
 (let (($x101413 (and (and (= read_index 5) (not false)) (= boundary (- phase_739 1)))))
 (let (($x198565 (and (and (= read_index 4) (not false)) (= boundary (- phase_738 1)))))
 (let (($x146553 (and (and (= read_index 3) (not false)) (= boundary (- phase_737 1)))))
 (let (($x75336 (and (and (= read_index 2) (not false)) (= boundary (- phase_736 1)))))
 (let (($x173437 (and (and (= read_index 1) (not false)) (= boundary (- phase_734 1)))))
 (let (($x140088 (and (and (= read_index 0) (not false)) (= boundary (- phase_733 1)))))
 (let (($x227140 (or (and $x140088 $x143959) (and $x173437 $x143959) (and $x75336 $x143959) (and $x146553 $x143959) (and $x198565 $x143959) (and $x101413 $x143959) (and $x41116 $x143959) (and $x84679 $x143959))))
 (and $x227140 (and (distinct ?x167817 read_value) true)))))))))))))))))))
(check-sat)
