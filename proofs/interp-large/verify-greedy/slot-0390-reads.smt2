(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_734 () Int)
(declare-fun phase_736 () Int)
(declare-fun phase_737 () Int)
(declare-fun phase_738 () Int)
(declare-fun phase_739 () Int)
(declare-fun phase_740 () Int)
(declare-fun phase_741 () Int)
(declare-fun phase_742 () Int)
(declare-fun read_value () Real)
(declare-fun x_1034 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
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
 (= phase_742 22))
(assert
 (let ((?x75826 (* (- 1.0) x_1034)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x83681 (ite $x24162 ?x75826 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x55328 (ite $x208249 (* 1.0 x_1034) 0.0)))
 (let ((?x173079 (+ ?x55328 ?x83681)))
 (let (($x141077 (= read_value x_1034)))
 (let (($x196024 (and (and (= read_index 7) (not false)) (= boundary (- phase_742 1)))))
 (let (($x138693 (and (and (= read_index 6) (not false)) (= boundary (- phase_741 1)))))
 (let (($x114940 (and (and (= read_index 5) (not false)) (= boundary (- phase_740 1)))))
 (let (($x61281 (and (and (= read_index 4) (not false)) (= boundary (- phase_739 1)))))
 (let (($x146553 (and (and (= read_index 3) (not false)) (= boundary (- phase_738 1)))))
 (let (($x73279 (and (and (= read_index 2) (not false)) (= boundary (- phase_737 1)))))
 (let (($x137887 (and (and (= read_index 1) (not false)) (= boundary (- phase_736 1)))))
 (let (($x111601 (and (and (= read_index 0) (not false)) (= boundary (- phase_734 1)))))
 (let (($x30855 (or (and $x111601 $x141077) (and $x137887 $x141077) (and $x73279 $x141077) (and $x146553 $x141077) (and $x61281 $x141077) (and $x114940 $x141077) (and $x138693 $x141077) (and $x196024 $x141077))))
 (and $x30855 (and (distinct ?x173079 read_value) true)))))))))))))))))))
(check-sat)
