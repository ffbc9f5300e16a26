(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_768 () Int)
(declare-fun phase_769 () Int)
(declare-fun phase_770 () Int)
(declare-fun phase_772 () Int)
(declare-fun phase_773 () Int)
(declare-fun phase_774 () Int)
(declare-fun phase_775 () Int)
(declare-fun phase_776 () Int)
(declare-fun read_value () Real)
(declare-fun x_1064 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_768 22))
(assert
 (= phase_769 22))
(assert
 (= phase_770 22))
(assert
 (= phase_772 22))
(assert
 (= phase_773 22))
(assert
 (= phase_774 22))
(assert
 (= phase_775 22))
(assert
 (= phase_776 22))
(assert
 (let ((?x124443 (* (- 1.0) x_1064)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x131739 (ite $x24162 ?x124443 0.0)))
 (let ((?x139070 (+ (ite (>= boundary 21) (* 1.0 x_1064) 0.0) ?x131739)))
 (let (($x172109 (= read_value x_1064)))
 (let (($x43015 (and (and (= read_index 7) (not false)) (= boundary (- phase_776 1)))))
 (let (($x128407 (and (and (= read_index 6) (not false)) (= boundary (- phase_775 1)))))
 (let (($x45667 (and (and (= read_index 5) (not false)) (= boundary (- phase_774 1)))))
 (let (($x63820 (and (and (= read_index 4) (not false)) (= boundary (- phase_773 1)))))
 (let (($x113010 (and (and (= read_index 3) (not false)) (= boundary (- phase_772 1)))))
 (let (($x72258 (and (and (= read_index 2) (not false)) (= boundary (- phase_770 1)))))
 (let (($x8813 (and (and (= read_index 1) (not false)) (= boundary (- phase_769 1)))))
 (let (($x170329 (and (and (= read_index 0) (not false)) (= boundary (- phase_768 1)))))
 (let (($x158686 (or (and $x170329 $x172109) (and $x8813 $x172109) (and $x72258 $x172109) (and $x113010 $x172109) (and $x63820 $x172109) (and $x45667 $x172109) (and $x128407 $x172109) (and $x43015 $x172109))))
 (and $x158686 (and (distinct ?x139070 read_value) true)))))))))))))))))
(check-sat)
