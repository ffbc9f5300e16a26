(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_745 () Int)
(declare-fun phase_746 () Int)
(declare-fun phase_747 () Int)
(declare-fun phase_748 () Int)
(declare-fun phase_749 () Int)
(declare-fun phase_750 () Int)
(declare-fun phase_751 () Int)
(declare-fun phase_752 () Int)
(declare-fun read_value () Real)
(declare-fun x_1043 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_745 22))
(assert
 (= phase_746 22))
(assert
 (= phase_747 22))
(assert
 (= phase_748 22))
(assert
 (= phase_749 22))
(assert
 (= phase_750 22))
(assert
 (= phase_751 22))
(assert
 (= phase_752 22))
(assert
 (let ((?x112349 (* (- 1.0) x_1043)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x132344 (ite $x24162 ?x112349 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x57335 (ite $x208249 (* 1.0 x_1043) 0.0)))
 (let ((?x143749 (+ ?x57335 ?x132344)))
 (let (($x139863 (= read_value x_1043)))
 (let (($x164580 (and (and (= read_index 7) (not false)) (= boundary (- phase_752 1)))))
 (let (($x149721 (and (and (= read_index 6) (not false)) (= boundary (- phase_751 1)))))
 (let (($x88671 (and (and (= read_index 5) (not false)) (= boundary (- phase_750 1)))))
 (let (($x227862 (and (and (= read_index 4) (not false)) (= boundary (- phase_749 1)))))
 (let (($x63041 (and (and (= read_index 3) (not false)) (= boundary (- phase_748 1)))))
 (let (($x207986 (and (and (= read_index 2) (not false)) (= boundary (- phase_747 1)))))
 (let (($x35116 (and (and (= read_index 1) (not false)) (= boundary (- phase_746 1)))))
 (let (($x134994 (and (and (= read_index 0) (not false)) (= boundary (- phase_745 1)))))
 (let (($x162882 (or (and $x134994 $x139863) (and $x35116 $x139863) (and $x207986 $x139863) (and $x63041 $x139863) (and $x227862 $x139863) (and $x88671 $x139863) (and $x149721 $x139863) (and $x164580 $x139863))))
 (and $x162882 (and (distinct ?x143749 read_value) true)))))))))))))))))))
(check-sat)
