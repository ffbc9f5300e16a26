(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_13 () Int)
(declare-fun phase_14 () Int)
(declare-fun phase_17 () Int)
(declare-fun phase_18 () Int)
(declare-fun phase_21 () Int)
(declare-fun phase_22 () Int)
(declare-fun phase_23 () Int)
(declare-fun phase_24 () Int)
(declare-fun phase_25 () Int)
(declare-fun phase_26 () Int)
(declare-fun phase_27 () Int)
(declare-fun phase_28 () Int)
(declare-fun phase_29 () Int)
(declare-fun phase_30 () Int)
(declare-fun phase_31 () Int)
(declare-fun phase_32 () Int)
(declare-fun phase_33 () Int)
(declare-fun phase_34 () Int)
(declare-fun phase_35 () Int)
(declare-fun phase_36 () Int)
(declare-fun phase_37 () Int)
(declare-fun phase_38 () Int)
(declare-fun phase_61 () Int)
(declare-fun phase_62 () Int)
(declare-fun phase_65 () Int)
(declare-fun phase_66 () Int)
(declare-fun phase_81 () Int)
(declare-fun phase_82 () Int)
(declare-fun phase_101 () Int)
(declare-fun phase_102 () Int)
(declare-fun phase_104 () Int)
(declare-fun phase_105 () Int)
(declare-fun phase_107 () Int)
(declare-fun phase_108 () Int)
(declare-fun phase_110 () Int)
(declare-fun phase_111 () Int)
(declare-fun phase_137 () Int)
(declare-fun phase_147 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_13 26))
(assert
 (= phase_14 26))
(assert
 (= phase_17 18))
(assert
 (= phase_18 22))
(assert
 (= phase_21 22))
(assert
 (= phase_22 26))
(assert
 (= phase_23 26))
(assert
 (= phase_24 26))
(assert
 (= phase_25 26))
(assert
 (= phase_26 26))
(assert
 (= phase_27 26))
(assert
 (= phase_28 26))
(assert
 (= phase_29 26))
(assert
 (= phase_30 26))
(assert
 (= phase_31 26))
(assert
 (= phase_32 26))
(assert
 (= phase_33 26))
(assert
 (= phase_34 26))
(assert
 (= phase_35 26))
(assert
 (= phase_36 26))
(assert
 (= phase_37 22))
(assert
 (= phase_38 24))
(assert
 (= phase_61 22))
(assert
 (= phase_62 22))
(assert
 (= phase_65 26))
(assert
 (= phase_66 26))
(assert
 (= phase_81 22))
(assert
 (= phase_82 22))
(assert
 (= phase_101 22))
(assert
 (= phase_102 22))
(assert
 (= phase_104 22))
(assert
 (= phase_105 22))
(assert
 (= phase_107 22))
(assert
 (= phase_108 22))
(assert
 (= phase_110 26))
(assert
 (= phase_111 26))
(assert
 (= phase_137 20))
(assert
 (= phase_147 26))
(assert
 (let ((?x1822 (+ phase_17 1)))
 (let (($x3808 (> ?x1822 (- 1))))
 (let ((?x61781 (ite $x3808 ?x1822 (- 1))))
 (= window_start_contents (ite (and (and true (<= (- 1) 17)) (< 17 ?x61781)) x_0 0.0))))))
(assert
 (let (($x10376 (and (distinct window_start_contents read_value) true)))
 (let (($x21217 (not (and (and true (> boundary 17)) (<= boundary 25)))))
 (let (($x9419 (or $x21217 $x10376)))
 (let (($x2397 (= read_value x_0)))
 (let (($x26350 (and (and (= read_index 80) (not false)) (= boundary (- phase_147 1)))))
 (let (($x34 (and $x26350 $x2397)))
 (let (($x2656 (and (and (= read_index 74) (not false)) (= boundary (- phase_137 1)))))
 (let (($x1779 (and $x2656 $x2397)))
 (let (($x10648 (and (and (= read_index 65) (not false)) (= boundary (- phase_111 1)))))
 (let (($x11295 (and $x10648 $x2397)))
 (let (($x9828 (and (and (= read_index 64) (not false)) (= boundary (- phase_110 1)))))
 (let (($x16367 (and $x9828 $x2397)))
 (let (($x9188 (and (and (= read_index 63) (not false)) (= boundary (- phase_108 1)))))
 (let (($x16563 (and $x9188 $x2397)))
 (let (($x3530 (and (and (= read_index 62) (not false)) (= boundary (- phase_107 1)))))
 (let (($x16829 (and $x3530 $x2397)))
 (let (($x3007 (and (and (= read_index 61) (not false)) (= boundary (- phase_105 1)))))
 (let (($x4938 (and $x3007 $x2397)))
 (let (($x10067 (and (and (= read_index 60) (not false)) (= boundary (- phase_104 1)))))
 (let (($x10186 (and $x10067 $x2397)))
 (let (($x8509 (and (and (= read_index 59) (not false)) (= boundary (- phase_102 1)))))
 (let (($x5424 (and $x8509 $x2397)))
 (let (($x13186 (and (and (= read_index 58) (not false)) (= boundary (- phase_101 1)))))
 (let (($x9454 (and $x13186 $x2397)))
 (let (($x17283 (and (and (= read_index 45) (not false)) (= boundary (- phase_82 1)))))
 (let (($x17584 (and $x17283 $x2397)))
 (let (($x9621 (and (and (= read_index 44) (not false)) (= boundary (- phase_81 1)))))
 (let (($x12956 (and $x9621 $x2397)))
 (let (($x16958 (and (and (= read_index 37) (not false)) (= boundary (- phase_66 1)))))
 (let (($x17132 (and $x16958 $x2397)))
 (let (($x3739 (and (and (= read_index 36) (not false)) (= boundary (- phase_65 1)))))
 (let (($x12085 (and $x3739 $x2397)))
 (let (($x17512 (and (and (= read_index 35) (not false)) (= boundary (- phase_62 1)))))
 (let (($x11409 (and $x17512 $x2397)))
 (let (($x17608 (and (and (= read_index 34) (not false)) (= boundary (- phase_61 1)))))
 (let (($x14663 (and $x17608 $x2397)))
 (let (($x16786 (and (and (= read_index 27) (not false)) (= boundary (- phase_38 1)))))
 (let (($x11611 (and $x16786 $x2397)))
 (let (($x13054 (and (and (= read_index 26) (not false)) (= boundary (- phase_37 1)))))
 (let (($x15005 (and $x13054 $x2397)))
 (let (($x12430 (and (and (= read_index 25) (not false)) (= boundary (- phase_36 1)))))
 (let (($x10990 (and $x12430 $x2397)))
 (let (($x16369 (and (and (= read_index 24) (not false)) (= boundary (- phase_35 1)))))
 (let (($x17149 (and $x16369 $x2397)))
 (let (($x4592 (and (and (= read_index 23) (not false)) (= boundary (- phase_34 1)))))
 (let (($x9099 (and $x4592 $x2397)))
 (let (($x16894 (and (and (= read_index 22) (not false)) (= boundary (- phase_33 1)))))
 (let (($x16961 (and $x16894 $x2397)))
 (let (($x10823 (and (and (= read_index 21) (not false)) (= boundary (- phase_32 1)))))
 (let (($x20649 (and $x10823 $x2397)))
 (let (($x10593 (and (and (= read_index 20) (not false)) (= boundary (- phase_31 1)))))
 (let (($x20719 (and $x10593 $x2397)))
 (let (($x7267 (and (and (= read_index 19) (not false)) (= boundary (- phase_30 1)))))
 (let (($x4268 (and $x7267 $x2397)))
 (let (($x6723 (and (and (= read_index 18) (not false)) (= boundary (- phase_29 1)))))
 (let (($x9615 (and $x6723 $x2397)))
 (let (($x17293 (and (and (= read_index 17) (not false)) (= boundary (- phase_28 1)))))
 (let (($x10066 (and $x17293 $x2397)))
 (let (($x4751 (and (and (= read_index 16) (not false)) (= boundary (- phase_27 1)))))
 (let (($x13705 (and $x4751 $x2397)))
 (let (($x8758 (and (and (= read_index 15) (not false)) (= boundary (- phase_26 1)))))
 (let (($x17633 (and $x8758 $x2397)))
 (let (($x1902 (and (and (= read_index 14) (not false)) (= boundary (- phase_25 1)))))
 (let (($x11544 (and $x1902 $x2397)))
 (let (($x13225 (and (and (= read_index 13) (not false)) (= boundary (- phase_24 1)))))
 (let (($x16710 (and $x13225 $x2397)))
 (let (($x16811 (and (and (= read_index 12) (not false)) (= boundary (- phase_23 1)))))
 (let (($x13213 (and $x16811 $x2397)))
 (let (($x52879 (and (and (= read_index 11) (not false)) (= boundary (- phase_22 1)))))
 (let (($x58932 (and $x52879 $x2397)))
 (let (($x17317 (and (and (= read_index 10) (not false)) (= boundary (- phase_21 1)))))
 (let (($x20716 (and $x17317 $x2397)))
 (let (($x11993 (and (and (= read_index 7) (not false)) (= boundary (- phase_18 1)))))
 (let (($x12334 (and $x11993 $x2397)))
 (let (($x9226 (and (and (= read_index 3) (not false)) (= boundary (- phase_14 1)))))
 (let (($x10810 (and $x9226 $x2397)))
 (let (($x2419 (and (and (= read_index 2) (not false)) (= boundary (- phase_13 1)))))
 (let (($x4112 (and $x2419 $x2397)))
 (let (($x9154 (or $x4112 $x10810 $x12334 $x20716 $x58932 $x13213 $x16710 $x11544 $x17633 $x13705 $x10066 $x9615 $x4268 $x20719 $x20649 $x16961 $x9099 $x17149 $x10990 $x15005 $x11611 $x14663 $x11409 $x12085 $x17132 $x12956 $x17584 $x9454 $x5424 $x10186 $x4938 $x16829 $x16563 $x16367 $x11295 $x1779 $x34)))
 (and $x9154 $x9419)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
