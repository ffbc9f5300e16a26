(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_13 () Int)
(declare-fun phase_39 () Int)
(declare-fun phase_40 () Int)
(declare-fun phase_69 () Int)
(declare-fun phase_70 () Int)
(declare-fun phase_85 () Int)
(declare-fun phase_86 () Int)
(declare-fun phase_87 () Int)
(declare-fun phase_89 () Int)
(declare-fun phase_90 () Int)
(declare-fun phase_91 () Int)
(declare-fun phase_93 () Int)
(declare-fun phase_94 () Int)
(declare-fun phase_95 () Int)
(declare-fun phase_97 () Int)
(declare-fun phase_98 () Int)
(declare-fun phase_99 () Int)
(declare-fun phase_104 () Int)
(declare-fun phase_105 () Int)
(declare-fun phase_107 () Int)
(declare-fun phase_108 () Int)
(declare-fun phase_146 () Int)
(declare-fun phase_147 () Int)
(declare-fun phase_161 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_13 6))
(assert
 (= phase_39 8))
(assert
 (= phase_40 8))
(assert
 (= phase_69 10))
(assert
 (= phase_70 10))
(assert
 (= phase_85 10))
(assert
 (= phase_86 10))
(assert
 (= phase_87 10))
(assert
 (= phase_89 10))
(assert
 (= phase_90 10))
(assert
 (= phase_91 10))
(assert
 (= phase_93 10))
(assert
 (= phase_94 10))
(assert
 (= phase_95 10))
(assert
 (= phase_97 10))
(assert
 (= phase_98 10))
(assert
 (= phase_99 10))
(assert
 (= phase_104 10))
(assert
 (= phase_105 10))
(assert
 (= phase_107 10))
(assert
 (= phase_108 10))
(assert
 (= phase_146 10))
(assert
 (= phase_147 10))
(assert
 (= phase_161 10))
(assert
 (let ((?x1080 (+ phase_13 1)))
 (let (($x24293 (> ?x1080 (- 1))))
 (let ((?x11375 (ite $x24293 ?x1080 (- 1))))
 (= window_start_contents (ite (and (and true (<= (- 1) 5)) (< 5 ?x11375)) x_0 0.0))))))
(assert
 (let (($x9436 (and (distinct window_start_contents read_value) true)))
 (let (($x31108 (not (and (and true (> boundary 5)) (<= boundary 9)))))
 (let (($x11397 (or $x31108 $x9436)))
 (let (($x9390 (= read_value x_0)))
 (let (($x2384 (and (and (= read_index 84) (not false)) (= boundary (- phase_161 1)))))
 (let (($x2407 (and $x2384 $x9390)))
 (let (($x7152 (and (and (= read_index 80) (not false)) (= boundary (- phase_147 1)))))
 (let (($x16606 (and $x7152 $x9390)))
 (let (($x10437 (and (and (= read_index 79) (not false)) (= boundary (- phase_146 1)))))
 (let (($x10167 (and $x10437 $x9390)))
 (let (($x14661 (and (and (= read_index 63) (not false)) (= boundary (- phase_108 1)))))
 (let (($x16780 (and $x14661 $x9390)))
 (let (($x13082 (and (and (= read_index 62) (not false)) (= boundary (- phase_107 1)))))
 (let (($x13078 (and $x13082 $x9390)))
 (let (($x16801 (and (and (= read_index 61) (not false)) (= boundary (- phase_105 1)))))
 (let (($x8387 (and $x16801 $x9390)))
 (let (($x8964 (and (and (= read_index 60) (not false)) (= boundary (- phase_104 1)))))
 (let (($x21774 (and $x8964 $x9390)))
 (let (($x17718 (and (and (= read_index 57) (not false)) (= boundary (- phase_99 1)))))
 (let (($x9924 (and $x17718 $x9390)))
 (let (($x9394 (and (and (= read_index 56) (not false)) (= boundary (- phase_98 1)))))
 (let (($x11565 (and $x9394 $x9390)))
 (let (($x16355 (and (and (= read_index 55) (not false)) (= boundary (- phase_97 1)))))
 (let (($x10254 (and $x16355 $x9390)))
 (let (($x15959 (and (and (= read_index 54) (not false)) (= boundary (- phase_95 1)))))
 (let (($x3812 (and $x15959 $x9390)))
 (let (($x141 (and (and (= read_index 53) (not false)) (= boundary (- phase_94 1)))))
 (let (($x12837 (and $x141 $x9390)))
 (let (($x10540 (and (and (= read_index 52) (not false)) (= boundary (- phase_93 1)))))
 (let (($x9888 (and $x10540 $x9390)))
 (let (($x5147 (and (and (= read_index 51) (not false)) (= boundary (- phase_91 1)))))
 (let (($x10576 (and $x5147 $x9390)))
 (let (($x10345 (and (and (= read_index 50) (not false)) (= boundary (- phase_90 1)))))
 (let (($x13066 (and $x10345 $x9390)))
 (let (($x47572 (and (and (= read_index 49) (not false)) (= boundary (- phase_89 1)))))
 (let (($x11490 (and $x47572 $x9390)))
 (let (($x10096 (and (and (= read_index 48) (not false)) (= boundary (- phase_87 1)))))
 (let (($x9559 (and $x10096 $x9390)))
 (let (($x11550 (and (and (= read_index 47) (not false)) (= boundary (- phase_86 1)))))
 (let (($x12720 (and $x11550 $x9390)))
 (let (($x10285 (and (and (= read_index 46) (not false)) (= boundary (- phase_85 1)))))
 (let (($x17488 (and $x10285 $x9390)))
 (let (($x25986 (and (and (= read_index 39) (not false)) (= boundary (- phase_70 1)))))
 (let (($x26179 (and $x25986 $x9390)))
 (let (($x16564 (and (and (= read_index 38) (not false)) (= boundary (- phase_69 1)))))
 (let (($x16710 (and $x16564 $x9390)))
 (let (($x12391 (and (and (= read_index 29) (not false)) (= boundary (- phase_40 1)))))
 (let (($x12459 (and $x12391 $x9390)))
 (let (($x5336 (and (and (= read_index 28) (not false)) (= boundary (- phase_39 1)))))
 (let (($x8180 (and $x5336 $x9390)))
 (let (($x61423 (or $x8180 $x12459 $x16710 $x26179 $x17488 $x12720 $x9559 $x11490 $x13066 $x10576 $x9888 $x12837 $x3812 $x10254 $x11565 $x9924 $x21774 $x8387 $x13078 $x16780 $x10167 $x16606 $x2407)))
 (and $x61423 $x11397)))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
