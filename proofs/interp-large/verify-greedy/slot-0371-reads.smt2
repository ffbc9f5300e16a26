(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_713 () Int)
(declare-fun phase_714 () Int)
(declare-fun phase_715 () Int)
(declare-fun phase_716 () Int)
(declare-fun phase_718 () Int)
(declare-fun phase_719 () Int)
(declare-fun phase_720 () Int)
(declare-fun phase_721 () Int)
(declare-fun read_value () Real)
(declare-fun x_1015 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_713 22))
(assert
 (= phase_714 22))
(assert
 (= phase_715 22))
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
 (let ((?x99412 (* (- 1.0) x_1015)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x105301 (ite $x24162 ?x99412 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x55401 (ite $x208249 (* 1.0 x_1015) 0.0)))
 (let ((?x111092 (+ ?x55401 ?x105301)))
 (let (($x112498 (= read_value x_1015)))
 (let (($x227236 (and (and (= read_index 7) (not false)) (= boundary (- phase_721 1)))))
 (let (($x146760 (and (and (= read_index 6) (not false)) (= boundary (- phase_720 1)))))
 (let (($x114975 (and (and (= read_index 5) (not false)) (= boundary (- phase_719 1)))))
 (let (($x69064 (and (and (= read_index 4) (not false)) (= boundary (- phase_718 1)))))
 (let (($x207825 (and (and (= read_index 3) (not false)) (= boundary (- phase_716 1)))))
 (let (($x97756 (and (and (= read_index 2) (not false)) (= boundary (- phase_715 1)))))
 (let (($x213822 (and (and (= read_index 1) (not false)) (= boundary (- phase_714 1)))))
 (let (($x111726 (and (and (= read_index 0) (not false)) (= boundary (- phase_713 1)))))
 (let (($x127354 (or (and $x111726 $x112498) (and $x213822 $x112498) (and $x97756 $x112498) (and $x207825 $x112498) (and $x69064 $x112498) (and $x114975 $x112498) (and $x146760 $x112498) (and $x227236 $x112498))))
 (and $x127354 (and (distinct ?x111092 read_value) true)))))))))))))))))))
(check-sat)
