(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_752 () Int)
(declare-fun phase_754 () Int)
(declare-fun phase_755 () Int)
(declare-fun phase_756 () Int)
(declare-fun phase_757 () Int)
(declare-fun phase_758 () Int)
(declare-fun phase_759 () Int)
(declare-fun phase_760 () Int)
(declare-fun read_value () Real)
(declare-fun x_1050 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_752 22))
(assert
 (= phase_754 22))
(assert
 (= phase_755 22))
(assert
 (= phase_756 22))
(assert
 (= phase_757 22))
(assert
 (= phase_758 22))
(assert
 (= phase_759 22))
(assert
 (= phase_760 22))
(assert
 (let ((?x120061 (* (- 1.0) x_1050)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x165729 (ite $x24162 ?x120061 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x90727 (ite $x208249 (* 1.0 x_1050) 0.0)))
 (let ((?x167934 (+ ?x90727 ?x165729)))
 (let (($x156211 (= read_value x_1050)))
 (let (($x260118 (and (and (= read_index 7) (not false)) (= boundary (- phase_760 1)))))
 (let (($x121113 (and (and (= read_index 6) (not false)) (= boundary (- phase_759 1)))))
 (let (($x171592 (and (and (= read_index 5) (not false)) (= boundary (- phase_758 1)))))
 (let (($x36457 (and (and (= read_index 4) (not false)) (= boundary (- phase_757 1)))))
 (let (($x62959 (and (and (= read_index 3) (not false)) (= boundary (- phase_756 1)))))
 (let (($x151045 (and (and (= read_index 2) (not false)) (= boundary (- phase_755 1)))))
 (let (($x160464 (and (and (= read_index 1) (not false)) (= boundary (- phase_754 1)))))
 (let (($x141011 (and (and (= read_index 0) (not false)) (= boundary (- phase_752 1)))))
 (let (($x88852 (or (and $x141011 $x156211) (and $x160464 $x156211) (and $x151045 $x156211) (and $x62959 $x156211) (and $x36457 $x156211) (and $x171592 $x156211) (and $x121113 $x156211) (and $x260118 $x156211))))
 (and $x88852 (and (distinct ?x167934 read_value) true)))))))))))))))))))
(check-sat)
