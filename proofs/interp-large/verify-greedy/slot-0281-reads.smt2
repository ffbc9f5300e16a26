(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_584 () Int)
(declare-fun phase_585 () Int)
(declare-fun phase_586 () Int)
(declare-fun phase_587 () Int)
(declare-fun phase_588 () Int)
(declare-fun phase_589 () Int)
(declare-fun phase_590 () Int)
(declare-fun phase_591 () Int)
(declare-fun phase_796 () Int)
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
(declare-fun x_827 () Real)
(declare-fun boundary () Int)
(declare-fun x_1168 () Real)
(declare-fun read_index () Int)
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
 (= phase_591 22))
(assert
 (= phase_796 12))
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
 (let ((?x118953 (* (- 1.0) x_827)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x124648 (ite $x24162 ?x118953 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x117199 (ite $x208249 (* 1.0 x_827) 0.0)))
 (let ((?x39517 (* (- 1.0) x_1168)))
 (let (($x272189 (>= boundary 19)))
 (let ((?x98416 (ite $x272189 ?x39517 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x36683 (ite $x175310 (* 1.0 x_1168) 0.0)))
 (let ((?x126783 (+ ?x36683 ?x98416 ?x117199 ?x124648)))
 (let (($x60561 (= read_value x_1168)))
 (let (($x112449 (= read_index 16)))
 (let (($x253127 (and (and $x112449 (not (= phase_796 (- phase_833 1)))) (= boundary (- phase_833 2)))))
 (let (($x219808 (and (and (= read_index 15) (not false)) (= boundary (- phase_831 1)))))
 (let (($x84651 (and (and (= read_index 14) (not false)) (= boundary (- phase_830 1)))))
 (let (($x138701 (and (and (= read_index 13) (not false)) (= boundary (- phase_829 1)))))
 (let (($x193033 (and (and (= read_index 12) (not false)) (= boundary (- phase_828 1)))))
 (let (($x11502 (and (and (= read_index 11) (not false)) (= boundary (- phase_827 1)))))
 (let (($x93021 (and (and (= read_index 10) (not false)) (= boundary (- phase_826 1)))))
 (let (($x166252 (and (and (= read_index 9) (not false)) (= boundary (- phase_825 1)))))
 (let (($x9841 (and (and (= read_index 8) (not false)) (= boundary (- phase_824 1)))))
 (let (($x51564 (= read_value x_827)))
 (let (($x183684 (and (and (= read_index 7) (not false)) (= boundary (- phase_591 1)))))
 (let (($x195853 (and (and (= read_index 6) (not false)) (= boundary (- phase_590 1)))))
 (let (($x670 (and (and (= read_index 5) (not false)) (= boundary (- phase_589 1)))))
 (let (($x285734 (and (and (= read_index 4) (not false)) (= boundary (- phase_588 1)))))
 (let (($x60546 (and (and (= read_index 3) (not false)) (= boundary (- phase_587 1)))))
 (let (($x154248 (and (and (= read_index 2) (not false)) (= boundary (- phase_586 1)))))
 (let (($x99169 (and (and (= read_index 1) (not false)) (= boundary (- phase_585 1)))))
 (let (($x47331 (and (and (= read_index 0) (not false)) (= boundary (- phase_584 1)))))
 (let (($x295898 (or (and $x47331 $x51564) (and $x99169 $x51564) (and $x154248 $x51564) (and $x60546 $x51564) (and $x285734 $x51564) (and $x670 $x51564) (and $x195853 $x51564) (and $x183684 $x51564) (and $x9841 $x60561) (and $x166252 $x60561) (and $x93021 $x60561) (and $x11502 $x60561) (and $x193033 $x60561) (and $x138701 $x60561) (and $x84651 $x60561) (and $x219808 $x60561) (and $x253127 $x60561))))
 (and $x295898 (and (distinct ?x126783 read_value) true)))))))))))))))))))))))))))))))))))
(check-sat)
