(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_53 () Int)
(declare-fun phase_54 () Int)
(declare-fun phase_57 () Int)
(declare-fun phase_58 () Int)
(declare-fun phase_61 () Int)
(declare-fun phase_62 () Int)
(declare-fun phase_69 () Int)
(declare-fun phase_73 () Int)
(declare-fun phase_74 () Int)
(declare-fun phase_77 () Int)
(declare-fun phase_78 () Int)
(declare-fun phase_81 () Int)
(declare-fun phase_82 () Int)
(declare-fun phase_101 () Int)
(declare-fun phase_102 () Int)
(declare-fun phase_137 () Int)
(declare-fun phase_139 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_53 14))
(assert
 (= phase_54 14))
(assert
 (= phase_57 18))
(assert
 (= phase_58 18))
(assert
 (= phase_61 22))
(assert
 (= phase_62 22))
(assert
 (= phase_69 10))
(assert
 (= phase_73 14))
(assert
 (= phase_74 14))
(assert
 (= phase_77 18))
(assert
 (= phase_78 18))
(assert
 (= phase_81 22))
(assert
 (= phase_82 22))
(assert
 (= phase_101 14))
(assert
 (= phase_102 14))
(assert
 (= phase_137 20))
(assert
 (= phase_139 18))
(assert
 (let ((?x1265 (+ phase_69 1)))
 (let (($x14881 (> ?x1265 (- 1))))
 (let ((?x34065 (ite $x14881 ?x1265 (- 1))))
 (= window_start_contents (ite (and (and true (<= (- 1) 9)) (< 9 ?x34065)) x_0 0.0))))))
(assert
 (let (($x9436 (and (distinct window_start_contents read_value) true)))
 (let (($x20111 (not (and (and true (> boundary 9)) (<= boundary 21)))))
 (let (($x19920 (or $x20111 $x9436)))
 (let (($x9390 (= read_value x_0)))
 (let (($x12501 (and (and (= read_index 75) (not false)) (= boundary (- phase_139 1)))))
 (let (($x20776 (and $x12501 $x9390)))
 (let (($x19681 (and (and (= read_index 74) (not false)) (= boundary (- phase_137 1)))))
 (let (($x19684 (and $x19681 $x9390)))
 (let (($x20180 (and (and (= read_index 59) (not false)) (= boundary (- phase_102 1)))))
 (let (($x19896 (and $x20180 $x9390)))
 (let (($x20105 (and (and (= read_index 58) (not false)) (= boundary (- phase_101 1)))))
 (let (($x20107 (and $x20105 $x9390)))
 (let (($x20390 (and (and (= read_index 45) (not false)) (= boundary (- phase_82 1)))))
 (let (($x20183 (and $x20390 $x9390)))
 (let (($x19945 (and (and (= read_index 44) (not false)) (= boundary (- phase_81 1)))))
 (let (($x20646 (and $x19945 $x9390)))
 (let (($x19508 (and (and (= read_index 43) (not false)) (= boundary (- phase_78 1)))))
 (let (($x20150 (and $x19508 $x9390)))
 (let (($x20531 (and (and (= read_index 42) (not false)) (= boundary (- phase_77 1)))))
 (let (($x20757 (and $x20531 $x9390)))
 (let (($x4058 (and (and (= read_index 41) (not false)) (= boundary (- phase_74 1)))))
 (let (($x20156 (and $x4058 $x9390)))
 (let (($x20243 (and (and (= read_index 40) (not false)) (= boundary (- phase_73 1)))))
 (let (($x11792 (and $x20243 $x9390)))
 (let (($x19974 (and (and (= read_index 35) (not false)) (= boundary (- phase_62 1)))))
 (let (($x18038 (and $x19974 $x9390)))
 (let (($x10565 (and (and (= read_index 34) (not false)) (= boundary (- phase_61 1)))))
 (let (($x19944 (and $x10565 $x9390)))
 (let (($x42042 (and (and (= read_index 33) (not false)) (= boundary (- phase_58 1)))))
 (let (($x42754 (and $x42042 $x9390)))
 (let (($x17040 (and (and (= read_index 32) (not false)) (= boundary (- phase_57 1)))))
 (let (($x17250 (and $x17040 $x9390)))
 (let (($x10355 (and (and (= read_index 31) (not false)) (= boundary (- phase_54 1)))))
 (let (($x10616 (and $x10355 $x9390)))
 (let (($x5529 (and (and (= read_index 30) (not false)) (= boundary (- phase_53 1)))))
 (let (($x6224 (and $x5529 $x9390)))
 (let (($x20323 (or $x6224 $x10616 $x17250 $x42754 $x19944 $x18038 $x11792 $x20156 $x20757 $x20150 $x20646 $x20183 $x20107 $x19896 $x19684 $x20776)))
 (and $x20323 $x19920)))))))))))))))))))))))))))))))))))))))
(check-sat)
