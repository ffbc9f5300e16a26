(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_582 () Int)
(declare-fun phase_584 () Int)
(declare-fun phase_585 () Int)
(declare-fun phase_586 () Int)
(declare-fun phase_587 () Int)
(declare-fun phase_588 () Int)
(declare-fun phase_589 () Int)
(declare-fun phase_590 () Int)
(declare-fun phase_790 () Int)
(declare-fun phase_824 () Int)
(declare-fun phase_825 () Int)
(declare-fun phase_826 () Int)
(declare-fun phase_827 () Int)
(declare-fun phase_828 () Int)
(declare-fun phase_829 () Int)
(declare-fun phase_830 () Int)
(declare-fun phase_831 () Int)
(declare-fun phase_833 () Int)
(declare-fun read_value () Real)
(declare-fun x_826 () Real)
(declare-fun boundary () Int)
(declare-fun x_1157 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_582 22))
(assert
 (= phase_584 22))
(assert
 (= phase_585 22))
(assert
 (= phase_586 22))
(assert
 (= phase_587 22))
(assert
 (= phase_588 22))
(assert
 (= phase_589 22))
(assert
 (= phase_590 22))
(assert
 (= phase_790 12))
(assert
 (= phase_824 18))
(assert
 (= phase_825 18))
(assert
 (= phase_826 18))
(assert
 (= phase_827 18))
(assert
 (= phase_828 18))
(assert
 (= phase_829 18))
(assert
 (= phase_830 18))
(assert
 (= phase_831 18))
(assert
 (= phase_833 19))
(assert
 (let ((?x124599 (* (- 1.0) x_826)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x136160 (ite $x24162 ?x124599 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x103644 (ite $x208249 (* 1.0 x_826) 0.0)))
 (let ((?x48561 (* (- 1.0) x_1157)))
 (let (($x272189 (>= boundary 19)))
 (let ((?x57437 (ite $x272189 ?x48561 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x33838 (ite $x175310 (* 1.0 x_1157) 0.0)))
 (let ((?x145679 (+ ?x33838 ?x57437 ?x103644 ?x136160)))
 (let (($x65998 (= read_value x_1157)))
 (let (($x112449 (= read_index 16)))
 (let (($x82213 (and (and $x112449 (not (= phase_790 (- phase_833 1)))) (= boundary (- phase_833 2)))))
 (let (($x180179 (and (and (= read_index 15) (not false)) (= boundary (- phase_831 1)))))
 (let (($x7343 (and (and (= read_index 14) (not false)) (= boundary (- phase_830 1)))))
 (let (($x128252 (and (and (= read_index 13) (not false)) (= boundary (- phase_829 1)))))
 (let (($x80515 (and (and (= read_index 12) (not false)) (= boundary (- phase_828 1)))))
 (let (($x210529 (and (and (= read_index 11) (not false)) (= boundary (- phase_827 1)))))
 (let (($x113685 (and (and (= read_index 10) (not false)) (= boundary (- phase_826 1)))))
 (let (($x37817 (and (and (= read_index 9) (not false)) (= boundary (- phase_825 1)))))
 (let (($x151586 (and (and (= read_index 8) (not false)) (= boundary (- phase_824 1)))))
 (let (($x93925 (= read_value x_826)))
 (let (($x62944 (and (and (= read_index 7) (not false)) (= boundary (- phase_590 1)))))
 (let (($x148771 (and (and (= read_index 6) (not false)) (= boundary (- phase_589 1)))))
 (let (($x87819 (and (and (= read_index 5) (not false)) (= boundary (- phase_588 1)))))
 (let (($x147699 (and (and (= read_index 4) (not false)) (= boundary (- phase_587 1)))))
 (let (($x133376 (and (and (= read_index 3) (not false)) (= boundary (- phase_586 1)))))
 (let (($x190521 (and (and (= read_index 2) (not false)) (= boundary (- phase_585 1)))))
 (let (($x128899 (and (and (= read_index 1) (not false)) (= boundary (- phase_584 1)))))
 (let (($x83908 (and (and (= read_index 0) (not false)) (= boundary (- phase_582 1)))))
 (let (($x253121 (or (and $x83908 $x93925) (and $x128899 $x93925) (and $x190521 $x93925) (and $x133376 $x93925) (and $x147699 $x93925) (and $x87819 $x93925) (and $x148771 $x93925) (and $x62944 $x93925) (and $x151586 $x65998) (and $x37817 $x65998) (and $x113685 $x65998) (and $x210529 $x65998) (and $x80515 $x65998) (and $x128252 $x65998) (and $x7343 $x65998) (and $x180179 $x65998) (and $x82213 $x65998))))
 (and $x253121 (and (distinct ?x145679 read_value) true)))))))))))))))))))))))))))))))))))
(check-sat)
