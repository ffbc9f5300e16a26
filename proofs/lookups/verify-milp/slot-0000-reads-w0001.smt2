(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_0 () Int)
(declare-fun phase_30 () Int)
(declare-fun phase_31 () Int)
(declare-fun phase_32 () Int)
(declare-fun phase_34 () Int)
(declare-fun phase_35 () Int)
(declare-fun phase_36 () Int)
(declare-fun phase_38 () Int)
(declare-fun phase_39 () Int)
(declare-fun phase_40 () Int)
(declare-fun phase_42 () Int)
(declare-fun phase_43 () Int)
(declare-fun phase_44 () Int)
(declare-fun phase_87 () Int)
(declare-fun phase_88 () Int)
(declare-fun phase_89 () Int)
(declare-fun phase_91 () Int)
(declare-fun phase_92 () Int)
(declare-fun phase_93 () Int)
(declare-fun phase_95 () Int)
(declare-fun phase_96 () Int)
(declare-fun phase_97 () Int)
(declare-fun phase_99 () Int)
(declare-fun phase_100 () Int)
(declare-fun phase_101 () Int)
(declare-fun phase_106 () Int)
(declare-fun phase_107 () Int)
(declare-fun phase_108 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_0 0))
(assert
 (= phase_30 2))
(assert
 (= phase_31 2))
(assert
 (= phase_32 2))
(assert
 (= phase_34 2))
(assert
 (= phase_35 2))
(assert
 (= phase_36 2))
(assert
 (= phase_38 2))
(assert
 (= phase_39 2))
(assert
 (= phase_40 2))
(assert
 (= phase_42 2))
(assert
 (= phase_43 2))
(assert
 (= phase_44 2))
(assert
 (= phase_87 2))
(assert
 (= phase_88 2))
(assert
 (= phase_89 2))
(assert
 (= phase_91 2))
(assert
 (= phase_92 2))
(assert
 (= phase_93 2))
(assert
 (= phase_95 2))
(assert
 (= phase_96 2))
(assert
 (= phase_97 2))
(assert
 (= phase_99 2))
(assert
 (= phase_100 2))
(assert
 (= phase_101 2))
(assert
 (= phase_106 2))
(assert
 (= phase_107 2))
(assert
 (= phase_108 2))
(assert
 (let ((?x2443 (+ phase_0 1)))
 (let (($x2984 (> ?x2443 (- 1))))
 (let ((?x3023 (ite $x2984 ?x2443 (- 1))))
 (= window_start_contents (ite (and (and true (<= (- 1) (- 1))) (< (- 1) ?x3023)) x_0 0.0))))))
(assert
 (let (($x1698 (and (distinct window_start_contents read_value) true)))
 (let (($x15947 (not (and (and true (> boundary (- 1))) (<= boundary 1)))))
 (let (($x43289 (or $x15947 $x1698)))
 (let (($x2220 (= read_value x_0)))
 (let (($x5764 (and (and (= read_index 77) (not false)) (= boundary (- phase_108 1)))))
 (let (($x1552 (and $x5764 $x2220)))
 (let (($x10883 (and (and (= read_index 76) (not false)) (= boundary (- phase_107 1)))))
 (let (($x2478 (and $x10883 $x2220)))
 (let (($x20621 (and (and (= read_index 75) (not false)) (= boundary (- phase_106 1)))))
 (let (($x15827 (and $x20621 $x2220)))
 (let (($x39709 (and (and (= read_index 72) (not false)) (= boundary (- phase_101 1)))))
 (let (($x19621 (and $x39709 $x2220)))
 (let (($x9504 (and (and (= read_index 71) (not false)) (= boundary (- phase_100 1)))))
 (let (($x1549 (and $x9504 $x2220)))
 (let (($x10539 (and (and (= read_index 70) (not false)) (= boundary (- phase_99 1)))))
 (let (($x15860 (and $x10539 $x2220)))
 (let (($x11760 (and (and (= read_index 69) (not false)) (= boundary (- phase_97 1)))))
 (let (($x10693 (and $x11760 $x2220)))
 (let (($x11994 (and (and (= read_index 68) (not false)) (= boundary (- phase_96 1)))))
 (let (($x10309 (and $x11994 $x2220)))
 (let (($x10663 (and (and (= read_index 67) (not false)) (= boundary (- phase_95 1)))))
 (let (($x10017 (and $x10663 $x2220)))
 (let (($x12703 (and (and (= read_index 66) (not false)) (= boundary (- phase_93 1)))))
 (let (($x24852 (and $x12703 $x2220)))
 (let (($x11013 (and (and (= read_index 65) (not false)) (= boundary (- phase_92 1)))))
 (let (($x10441 (and $x11013 $x2220)))
 (let (($x15664 (and (and (= read_index 64) (not false)) (= boundary (- phase_91 1)))))
 (let (($x22322 (and $x15664 $x2220)))
 (let (($x13712 (and (and (= read_index 63) (not false)) (= boundary (- phase_89 1)))))
 (let (($x20707 (and $x13712 $x2220)))
 (let (($x7644 (and (and (= read_index 62) (not false)) (= boundary (- phase_88 1)))))
 (let (($x10194 (and $x7644 $x2220)))
 (let (($x11791 (and (and (= read_index 61) (not false)) (= boundary (- phase_87 1)))))
 (let (($x10066 (and $x11791 $x2220)))
 (let (($x19011 (and (and (= read_index 30) (not false)) (= boundary (- phase_44 1)))))
 (let (($x13335 (and $x19011 $x2220)))
 (let (($x1067 (and (and (= read_index 29) (not false)) (= boundary (- phase_43 1)))))
 (let (($x15977 (and $x1067 $x2220)))
 (let (($x12486 (and (and (= read_index 28) (not false)) (= boundary (- phase_42 1)))))
 (let (($x2182 (and $x12486 $x2220)))
 (let (($x10052 (and (and (= read_index 27) (not false)) (= boundary (- phase_40 1)))))
 (let (($x10603 (and $x10052 $x2220)))
 (let (($x2018 (and (and (= read_index 26) (not false)) (= boundary (- phase_39 1)))))
 (let (($x12642 (and $x2018 $x2220)))
 (let (($x10661 (and (and (= read_index 25) (not false)) (= boundary (- phase_38 1)))))
 (let (($x9968 (and $x10661 $x2220)))
 (let (($x18297 (and (and (= read_index 24) (not false)) (= boundary (- phase_36 1)))))
 (let (($x9661 (and $x18297 $x2220)))
 (let (($x12379 (and (and (= read_index 23) (not false)) (= boundary (- phase_35 1)))))
 (let (($x10639 (and $x12379 $x2220)))
 (let (($x3698 (and (and (= read_index 22) (not false)) (= boundary (- phase_34 1)))))
 (let (($x1596 (and $x3698 $x2220)))
 (let (($x9914 (and (and (= read_index 21) (not false)) (= boundary (- phase_32 1)))))
 (let (($x10435 (and $x9914 $x2220)))
 (let (($x12873 (and (and (= read_index 20) (not false)) (= boundary (- phase_31 1)))))
 (let (($x13982 (and $x12873 $x2220)))
 (let (($x7585 (and (and (= read_index 19) (not false)) (= boundary (- phase_30 1)))))
 (let (($x9782 (and $x7585 $x2220)))
 (let (($x43610 (or $x9782 $x13982 $x10435 $x1596 $x10639 $x9661 $x9968 $x12642 $x10603 $x2182 $x15977 $x13335 $x10066 $x10194 $x20707 $x22322 $x10441 $x24852 $x10017 $x10309 $x10693 $x15860 $x1549 $x19621 $x15827 $x2478 $x1552)))
 (and $x43610 $x43289)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
