(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_737 () Int)
(declare-fun phase_738 () Int)
(declare-fun phase_739 () Int)
(declare-fun phase_740 () Int)
(declare-fun phase_741 () Int)
(declare-fun phase_742 () Int)
(declare-fun phase_743 () Int)
(declare-fun phase_745 () Int)
(declare-fun read_value () Real)
(declare-fun x_1036 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
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
 (= phase_742 22))
(assert
 (= phase_743 22))
(assert
 (= phase_745 22))
(assert
 (let ((?x123738 (* (- 1.0) x_1036)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x124840 (ite $x24162 ?x123738 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x109576 (ite $x208249 (* 1.0 x_1036) 0.0)))
 (let ((?x137004 (+ ?x109576 ?x124840)))
 (let (($x144677 (= read_value x_1036)))
 (let (($x121114 (and (and (= read_index 7) (not false)) (= boundary (- phase_745 1)))))
 (let (($x58850 (and (and (= read_index 6) (not false)) (= boundary (- phase_743 1)))))
 (let (($x6769 (and (and (= read_index 5) (not false)) (= boundary (- phase_742 1)))))
 (let (($x162293 (and (and (= read_index 4) (not false)) (= boundary (- phase_741 1)))))
 (let (($x121179 (and (and (= read_index 3) (not false)) (= boundary (- phase_740 1)))))
 (let (($x253126 (and (and (= read_index 2) (not false)) (= boundary (- phase_739 1)))))
 (let (($x168100 (and (and (= read_index 1) (not false)) (= boundary (- phase_738 1)))))
 (let (($x140133 (and (and (= read_index 0) (not false)) (= boundary (- phase_737 1)))))
 (let (($x162229 (or (and $x140133 $x144677) (and $x168100 $x144677) (and $x253126 $x144677) (and $x121179 $x144677) (and $x162293 $x144677) (and $x6769 $x144677) (and $x58850 $x144677) (and $x121114 $x144677))))
 (and $x162229 (and (distinct ?x137004 read_value) true)))))))))))))))))))
(check-sat)
