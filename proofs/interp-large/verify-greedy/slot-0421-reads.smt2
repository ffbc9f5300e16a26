(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_769 () Int)
(declare-fun phase_770 () Int)
(declare-fun phase_772 () Int)
(declare-fun phase_773 () Int)
(declare-fun phase_774 () Int)
(declare-fun phase_775 () Int)
(declare-fun phase_776 () Int)
(declare-fun phase_777 () Int)
(declare-fun read_value () Real)
(declare-fun x_1065 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
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
 (= phase_777 22))
(assert
 (let ((?x67143 (* (- 1.0) x_1065)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x72258 (ite $x24162 ?x67143 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x55297 (ite $x208249 (* 1.0 x_1065) 0.0)))
 (let ((?x125590 (+ ?x55297 ?x72258)))
 (let (($x130624 (= read_value x_1065)))
 (let (($x27748 (and (and (= read_index 7) (not false)) (= boundary (- phase_777 1)))))
 (let (($x69621 (and (and (= read_index 6) (not false)) (= boundary (- phase_776 1)))))
 (let (($x224661 (and (and (= read_index 5) (not false)) (= boundary (- phase_775 1)))))
 (let (($x235709 (and (and (= read_index 4) (not false)) (= boundary (- phase_774 1)))))
 (let (($x167116 (and (and (= read_index 3) (not false)) (= boundary (- phase_773 1)))))
 (let (($x294054 (and (and (= read_index 2) (not false)) (= boundary (- phase_772 1)))))
 (let (($x225132 (and (and (= read_index 1) (not false)) (= boundary (- phase_770 1)))))
 (let (($x78779 (and (and (= read_index 0) (not false)) (= boundary (- phase_769 1)))))
 (let (($x95081 (or (and $x78779 $x130624) (and $x225132 $x130624) (and $x294054 $x130624) (and $x167116 $x130624) (and $x235709 $x130624) (and $x224661 $x130624) (and $x69621 $x130624) (and $x27748 $x130624))))
 (and $x95081 (and (distinct ?x125590 read_value) true)))))))))))))))))))
(check-sat)
