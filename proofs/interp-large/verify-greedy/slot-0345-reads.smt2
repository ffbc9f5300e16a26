(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_607 () Int)
(declare-fun phase_608 () Int)
(declare-fun phase_609 () Int)
(declare-fun phase_611 () Int)
(declare-fun phase_612 () Int)
(declare-fun phase_613 () Int)
(declare-fun phase_614 () Int)
(declare-fun phase_615 () Int)
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
(declare-fun x_848 () Real)
(declare-fun boundary () Int)
(declare-fun x_1209 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_607 22))
(assert
 (= phase_608 22))
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
 (let ((?x86359 (* (- 1.0) x_848)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x101490 (ite $x24162 ?x86359 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x65960 (ite $x208249 (* 1.0 x_848) 0.0)))
 (let ((?x51283 (* (- 1.0) x_1209)))
 (let (($x272189 (>= boundary 19)))
 (let ((?x52980 (ite $x272189 ?x51283 0.0)))
 (let (($x103445 (>= boundary 15)))
 (let ((?x21008 (ite $x103445 (* 1.0 x_1209) 0.0)))
 (let ((?x107551 (+ ?x21008 ?x52980 ?x65960 ?x101490)))
 (let (($x226771 (= read_value x_1209)))
 (let (($x98913 (and (and (= read_index 16) (not false)) (= boundary (- phase_833 2)))))
 (let (($x138249 (and (and (= read_index 15) (not false)) (= boundary (- phase_831 1)))))
 (let (($x99982 (and (and (= read_index 14) (not false)) (= boundary (- phase_830 1)))))
 (let (($x29735 (and (and (= read_index 13) (not false)) (= boundary (- phase_829 1)))))
 (let (($x30577 (and (and (= read_index 12) (not false)) (= boundary (- phase_828 1)))))
 (let (($x202772 (and (and (= read_index 11) (not false)) (= boundary (- phase_827 1)))))
 (let (($x158159 (and (and (= read_index 10) (not false)) (= boundary (- phase_826 1)))))
 (let (($x102274 (and (and (= read_index 9) (not false)) (= boundary (- phase_825 1)))))
 (let (($x81410 (and (and (= read_index 8) (not false)) (= boundary (- phase_824 1)))))
 (let (($x63567 (= read_value x_848)))
 (let (($x134212 (and (and (= read_index 7) (not false)) (= boundary (- phase_615 1)))))
 (let (($x123718 (and (and (= read_index 6) (not false)) (= boundary (- phase_614 1)))))
 (let (($x29119 (and (and (= read_index 5) (not false)) (= boundary (- phase_613 1)))))
 (let (($x168016 (and (and (= read_index 4) (not false)) (= boundary (- phase_612 1)))))
 (let (($x286896 (and (and (= read_index 3) (not false)) (= boundary (- phase_611 1)))))
 (let (($x189034 (and (and (= read_index 2) (not false)) (= boundary (- phase_609 1)))))
 (let (($x133254 (and (and (= read_index 1) (not false)) (= boundary (- phase_608 1)))))
 (let (($x56391 (and (and (= read_index 0) (not false)) (= boundary (- phase_607 1)))))
 (let (($x146887 (or (and $x56391 $x63567) (and $x133254 $x63567) (and $x189034 $x63567) (and $x286896 $x63567) (and $x168016 $x63567) (and $x29119 $x63567) (and $x123718 $x63567) (and $x134212 $x63567) (and $x81410 $x226771) (and $x102274 $x226771) (and $x158159 $x226771) (and $x202772 $x226771) (and $x30577 $x226771) (and $x29735 $x226771) (and $x99982 $x226771) (and $x138249 $x226771) (and $x98913 $x226771))))
 (and $x146887 (and (distinct ?x107551 read_value) true))))))))))))))))))))))))))))))))))
(check-sat)
