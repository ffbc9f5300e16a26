(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_757 () Int)
(declare-fun phase_758 () Int)
(declare-fun phase_759 () Int)
(declare-fun phase_760 () Int)
(declare-fun phase_761 () Int)
(declare-fun phase_763 () Int)
(declare-fun phase_764 () Int)
(declare-fun phase_765 () Int)
(declare-fun read_value () Real)
(declare-fun x_1054 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_757 22))
(assert
 (= phase_758 22))
(assert
 (= phase_759 22))
(assert
 (= phase_760 22))
(assert
 (= phase_761 22))
(assert
 (= phase_763 22))
(assert
 (= phase_764 22))
(assert
 (= phase_765 22))
(assert
 (let ((?x67760 (* (- 1.0) x_1054)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x87544 (ite $x24162 ?x67760 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x35463 (ite $x208249 (* 1.0 x_1054) 0.0)))
 (let ((?x116403 (+ ?x35463 ?x87544)))
 (let (($x151326 (= read_value x_1054)))
 (let (($x183533 (and (and (= read_index 7) (not false)) (= boundary (- phase_765 1)))))
 (let (($x137015 (and (and (= read_index 6) (not false)) (= boundary (- phase_764 1)))))
 (let (($x35084 (and (and (= read_index 5) (not false)) (= boundary (- phase_763 1)))))
 (let (($x42869 (and (and (= read_index 4) (not false)) (= boundary (- phase_761 1)))))
 (let (($x144442 (and (and (= read_index 3) (not false)) (= boundary (- phase_760 1)))))
 (let (($x201191 (and (and (= read_index 2) (not false)) (= boundary (- phase_759 1)))))
 (let (($x113075 (and (and (= read_index 1) (not false)) (= boundary (- phase_758 1)))))
 (let (($x142684 (and (and (= read_index 0) (not false)) (= boundary (- phase_757 1)))))
 (let (($x85629 (or (and $x142684 $x151326) (and $x113075 $x151326) (and $x201191 $x151326) (and $x144442 $x151326) (and $x42869 $x151326) (and $x35084 $x151326) (and $x137015 $x151326) (and $x183533 $x151326))))
 (and $x85629 (and (distinct ?x116403 read_value) true)))))))))))))))))))
(check-sat)
