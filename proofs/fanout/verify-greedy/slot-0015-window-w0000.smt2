(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_0 () Int)
(declare-fun phase_38 () Int)
(declare-fun phase_39 () Int)
(declare-fun phase_43 () Int)
(declare-fun phase_46 () Int)
(declare-fun phase_47 () Int)
(declare-fun phase_50 () Int)
(declare-fun phase_51 () Int)
(declare-fun phase_54 () Int)
(declare-fun phase_55 () Int)
(declare-fun phase_58 () Int)
(declare-fun phase_59 () Int)
(declare-fun phase_63 () Int)
(declare-fun phase_66 () Int)
(declare-fun phase_67 () Int)
(declare-fun phase_70 () Int)
(declare-fun phase_71 () Int)
(declare-fun phase_75 () Int)
(declare-fun phase_78 () Int)
(declare-fun phase_79 () Int)
(declare-fun phase_82 () Int)
(declare-fun phase_83 () Int)
(declare-fun phase_86 () Int)
(declare-fun phase_87 () Int)
(declare-fun phase_90 () Int)
(declare-fun phase_91 () Int)
(declare-fun phase_95 () Int)
(declare-fun phase_98 () Int)
(declare-fun phase_99 () Int)
(declare-fun phase_102 () Int)
(declare-fun phase_103 () Int)
(declare-fun phase_106 () Int)
(declare-fun phase_107 () Int)
(declare-fun phase_111 () Int)
(declare-fun phase_114 () Int)
(declare-fun phase_115 () Int)
(declare-fun phase_118 () Int)
(declare-fun phase_119 () Int)
(declare-fun phase_122 () Int)
(declare-fun phase_123 () Int)
(declare-fun phase_127 () Int)
(declare-fun phase_130 () Int)
(declare-fun read_value () Real)
(declare-fun x_15 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(declare-fun boundary_half () Int)
(declare-fun value_index () Int)
(assert
 (= phase_0 0))
(assert
 (= phase_38 6))
(assert
 (= phase_39 6))
(assert
 (= phase_43 6))
(assert
 (= phase_46 6))
(assert
 (= phase_47 6))
(assert
 (= phase_50 6))
(assert
 (= phase_51 6))
(assert
 (= phase_54 6))
(assert
 (= phase_55 6))
(assert
 (= phase_58 6))
(assert
 (= phase_59 6))
(assert
 (= phase_63 6))
(assert
 (= phase_66 6))
(assert
 (= phase_67 6))
(assert
 (= phase_70 6))
(assert
 (= phase_71 6))
(assert
 (= phase_75 6))
(assert
 (= phase_78 6))
(assert
 (= phase_79 6))
(assert
 (= phase_82 6))
(assert
 (= phase_83 6))
(assert
 (= phase_86 6))
(assert
 (= phase_87 6))
(assert
 (= phase_90 6))
(assert
 (= phase_91 6))
(assert
 (= phase_95 6))
(assert
 (= phase_98 6))
(assert
 (= phase_99 6))
(assert
 (= phase_102 6))
(assert
 (= phase_103 6))
(assert
 (= phase_106 6))
(assert
 (= phase_107 6))
(assert
 (= phase_111 6))
(assert
 (= phase_114 6))
(assert
 (= phase_115 6))
(assert
 (= phase_118 6))
(assert
 (= phase_119 6))
(assert
 (= phase_122 6))
(assert
 (= phase_123 6))
(assert
 (= phase_127 6))
(assert
 (= phase_130 6))
(assert
 (let ((?x12140 (* 1.0 x_15)))
 (let (($x31234 (>= boundary 1)))
 (let ((?x12714 (ite $x31234 ?x12140 0.0)))
 (let (($x42633 (or (not (and true (<= boundary 5))) (and (distinct ?x12714 read_value) true))))
 (let (($x22725 (= read_value x_15)))
 (let (($x43798 (and (and (= read_index 40) (not false)) (= boundary (- phase_130 1)))))
 (let (($x4819 (and (and (= read_index 39) (not false)) (= boundary (- phase_127 1)))))
 (let (($x84621 (and (and (= read_index 38) (not false)) (= boundary (- phase_123 1)))))
 (let (($x14838 (and (and (= read_index 37) (not false)) (= boundary (- phase_122 1)))))
 (let (($x7755 (and (and (= read_index 36) (not false)) (= boundary (- phase_119 1)))))
 (let (($x83382 (and (and (= read_index 35) (not false)) (= boundary (- phase_118 1)))))
 (let (($x88027 (and (and (= read_index 34) (not false)) (= boundary (- phase_115 1)))))
 (let (($x9632 (and (and (= read_index 33) (not false)) (= boundary (- phase_114 1)))))
 (let (($x10781 (and (and (= read_index 32) (not false)) (= boundary (- phase_111 1)))))
 (let (($x9916 (and (and (= read_index 31) (not false)) (= boundary (- phase_107 1)))))
 (let (($x88374 (and (and (= read_index 30) (not false)) (= boundary (- phase_106 1)))))
 (let (($x37920 (and (and (= read_index 29) (not false)) (= boundary (- phase_103 1)))))
 (let (($x61944 (and (and (= read_index 28) (not false)) (= boundary (- phase_102 1)))))
 (let (($x13252 (and (and (= read_index 27) (not false)) (= boundary (- phase_99 1)))))
 (let (($x12351 (and (and (= read_index 26) (not false)) (= boundary (- phase_98 1)))))
 (let (($x17056 (and (and (= read_index 25) (not false)) (= boundary (- phase_95 1)))))
 (let (($x87800 (and (and (= read_index 24) (not false)) (= boundary (- phase_91 1)))))
 (let (($x19474 (and (and (= read_index 23) (not false)) (= boundary (- phase_90 1)))))
 (let (($x42134 (and (and (= read_index 22) (not false)) (= boundary (- phase_87 1)))))
 (let (($x10478 (and (and (= read_index 21) (not false)) (= boundary (- phase_86 1)))))
 (let (($x11251 (and (and (= read_index 20) (not false)) (= boundary (- phase_83 1)))))
 (let (($x31275 (and (and (= read_index 19) (not false)) (= boundary (- phase_82 1)))))
 (let (($x20886 (and (and (= read_index 18) (not false)) (= boundary (- phase_79 1)))))
 (let (($x14867 (and (and (= read_index 17) (not false)) (= boundary (- phase_78 1)))))
 (let (($x31775 (and (and (= read_index 16) (not false)) (= boundary (- phase_75 1)))))
 (let (($x27843 (and (and (= read_index 15) (not false)) (= boundary (- phase_71 1)))))
 (let (($x8656 (and (and (= read_index 14) (not false)) (= boundary (- phase_70 1)))))
 (let (($x104636 (and (and (= read_index 13) (not false)) (= boundary (- phase_67 1)))))
 (let (($x20077 (and (and (= read_index 12) (not false)) (= boundary (- phase_66 1)))))
 (let (($x88070 (and (and (= read_index 11) (not false)) (= boundary (- phase_63 1)))))
 (let (($x26720 (and (and (= read_index 10) (not false)) (= boundary (- phase_59 1)))))
 (let (($x26992 (and (and (= read_index 9) (not false)) (= boundary (- phase_58 1)))))
 (let (($x86720 (and (and (= read_index 8) (not false)) (= boundary (- phase_55 1)))))
 (let (($x84868 (and (and (= read_index 7) (not false)) (= boundary (- phase_54 1)))))
 (let (($x45767 (and (and (= read_index 6) (not false)) (= boundary (- phase_51 1)))))
 (let (($x36934 (and (and (= read_index 5) (not false)) (= boundary (- phase_50 1)))))
 (let (($x34560 (and (and (= read_index 4) (not false)) (= boundary (- phase_47 1)))))
 (let (($x32699 (and (and (= read_index 3) (not false)) (= boundary (- phase_46 1)))))
 (let (($x31305 (and (and (= read_index 2) (not false)) (= boundary (- phase_43 1)))))
 (let (($x26443 (and (and (= read_index 1) (not false)) (= boundary (- phase_39 1)))))
 (let (($x21805 (and (and (= read_index 0) (not false)) (= boundary (- phase_38 1)))))
 (let (($x6020 (or (and $x21805 $x22725) (and $x26443 $x22725) (and $x31305 $x22725) (and $x32699 $x22725) (and $x34560 $x22725) (and $x36934 $x22725) (and $x45767 $x22725) (and $x84868 $x22725) (and $x86720 $x22725) (and $x26992 $x22725) (and $x26720 $x22725) (and $x88070 $x22725) (and $x20077 $x22725) (and $x104636 $x22725) (and $x8656 $x22725) (and $x27843 $x22725) (and $x31775 $x22725) (and $x14867 $x22725) (and $x20886 $x22725) (and $x31275 $x22725) (and $x11251 $x22725) (and $x10478 $x22725) (and $x42134 $x22725) (and $x19474 $x22725) (and $x87800 $x22725) (and $x17056 $x22725) (and $x12351 $x22725) (and $x13252 $x22725) (and $x61944 $x22725) (and $x37920 $x22725) (and $x88374 $x22725) (and $x9916 $x22725) (and $x10781 $x22725) (and $x9632 $x22725) (and $x88027 $x22725) (and $x83382 $x22725) (and $x7755 $x22725) (and $x14838 $x22725) (and $x84621 $x22725) (and $x4819 $x22725) (and $x43798 $x22725))))
 (let (($x25805 (and $x6020 $x42633)))
 (let ((?x487 (+ phase_0 1)))
 (let ((?x14580 (+ phase_38 1)))
 (let (($x18336 (> ?x14580 ?x487)))
 (let ((?x18159 (ite $x18336 ?x14580 ?x487)))
 (let (($x11771 (not (<= (ite (> phase_38 phase_0) phase_38 phase_0) ?x487))))
 (let (($x12588 (and $x11771 (<= ?x487 boundary))))
 (let ((?x14569 (ite (and $x12588 (< boundary ?x18159)) x_15 0.0)))
 (let (($x17329 (and (distinct ?x12714 ?x14569) true)))
 (let (($x86081 (<= boundary 5)))
 (let (($x14942 (and true $x86081)))
 (let (($x86041 (<= boundary 11)))
 (let (($x74168 (>= boundary (- 1))))
 (let (($x85627 (and (= boundary (+ (* 2 boundary_half) 1)) $x74168)))
 (let (($x86099 (and $x85627 $x86041)))
 (let (($x17328 (and $x86099 $x14942)))
 (let (($x19451 (and $x17328 $x17329)))
 (let (($x18111 (> phase_38 phase_0)))
 (let ((?x18477 (ite $x18111 phase_38 phase_0)))
 (let (($x6081 (> ?x18477 boundary)))
 (let ((?x37926 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 11) (- 1.0) 0.0))))
 (let (($x14749 (= value_index 0)))
 (let (($x11240 (and $x14749 (and (distinct ?x37926 0.0) true))))
 (let (($x7676 (and $x11240 $x6081)))
 (let (($x10147 (or $x7676)))
 (let (($x4076 (= boundary 1)))
 (let (($x8491 (or $x4076)))
 (let (($x10982 (and $x8491 $x10147)))
 (let (($x18274 (> boundary 11)))
 (let (($x104483 (< boundary 2)))
 (let (($x42984 (or $x104483 $x18274)))
 (let (($x4795 (and $x11240 $x42984)))
 (let (($x5088 (or $x4795)))
 (or $x5088 $x10982 $x19451 $x25805))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
