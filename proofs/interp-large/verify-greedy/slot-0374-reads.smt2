(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_716 () Int)
(declare-fun phase_718 () Int)
(declare-fun phase_719 () Int)
(declare-fun phase_720 () Int)
(declare-fun phase_721 () Int)
(declare-fun phase_722 () Int)
(declare-fun phase_723 () Int)
(declare-fun phase_724 () Int)
(declare-fun read_value () Real)
(declare-fun x_1018 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_716 22))
(assert
 (= phase_718 22))
(assert
 (= phase_719 22))
(assert
 (= phase_720 22))
(assert
 (= phase_721 22))
(assert
 (= phase_722 22))
(assert
 (= phase_723 22))
(assert
 (= phase_724 22))
(assert
 (let ((?x99240 (* (- 1.0) x_1018)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x99985 (ite $x24162 ?x99240 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x88783 (ite $x208249 (* 1.0 x_1018) 0.0)))
 (let ((?x123298 (+ ?x88783 ?x99985)))
 (let (($x180444 (= read_value x_1018)))
 (let (($x79387 (and (and (= read_index 7) (not false)) (= boundary (- phase_724 1)))))
 (let (($x114944 (and (and (= read_index 6) (not false)) (= boundary (- phase_723 1)))))
 (let (($x127833 (and (and (= read_index 5) (not false)) (= boundary (- phase_722 1)))))
 (let (($x62725 (and (and (= read_index 4) (not false)) (= boundary (- phase_721 1)))))
 (let (($x183695 (and (and (= read_index 3) (not false)) (= boundary (- phase_720 1)))))
 (let (($x107182 (and (and (= read_index 2) (not false)) (= boundary (- phase_719 1)))))
 (let (($x227098 (and (and (= read_index 1) (not false)) (= boundary (- phase_718 1)))))
 (let (($x175003 (and (and (= read_index 0) (not false)) (= boundary (- phase_716 1)))))
 (let (($x22777 (or (and $x175003 $x180444) (and $x227098 $x180444) (and $x107182 $x180444) (and $x183695 $x180444) (and $x62725 $x180444) (and $x127833 $x180444) (and $x114944 $x180444) (and $x79387 $x180444))))
 (and $x22777 (and (distinct ?x123298 read_value) true)))))))))))))))))))
(check-sat)
