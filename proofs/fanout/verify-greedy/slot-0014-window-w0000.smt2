(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_0 () Int)
(declare-fun phase_38 () Int)
(declare-fun phase_41 () Int)
(declare-fun phase_42 () Int)
(declare-fun phase_45 () Int)
(declare-fun phase_46 () Int)
(declare-fun phase_49 () Int)
(declare-fun phase_50 () Int)
(declare-fun phase_53 () Int)
(declare-fun phase_54 () Int)
(declare-fun phase_58 () Int)
(declare-fun phase_61 () Int)
(declare-fun phase_62 () Int)
(declare-fun phase_65 () Int)
(declare-fun phase_66 () Int)
(declare-fun phase_69 () Int)
(declare-fun phase_70 () Int)
(declare-fun phase_74 () Int)
(declare-fun phase_77 () Int)
(declare-fun phase_78 () Int)
(declare-fun phase_81 () Int)
(declare-fun phase_82 () Int)
(declare-fun phase_85 () Int)
(declare-fun phase_86 () Int)
(declare-fun phase_90 () Int)
(declare-fun phase_93 () Int)
(declare-fun phase_94 () Int)
(declare-fun phase_97 () Int)
(declare-fun phase_98 () Int)
(declare-fun phase_101 () Int)
(declare-fun phase_102 () Int)
(declare-fun phase_105 () Int)
(declare-fun phase_106 () Int)
(declare-fun phase_113 () Int)
(declare-fun phase_114 () Int)
(declare-fun phase_117 () Int)
(declare-fun phase_118 () Int)
(declare-fun phase_122 () Int)
(declare-fun phase_125 () Int)
(declare-fun phase_126 () Int)
(declare-fun phase_129 () Int)
(declare-fun phase_130 () Int)
(declare-fun read_value () Real)
(declare-fun x_14 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(declare-fun boundary_half () Int)
(declare-fun value_index () Int)
(assert
 (= phase_0 0))
(assert
 (= phase_38 6))
(assert
 (= phase_41 6))
(assert
 (= phase_42 6))
(assert
 (= phase_45 6))
(assert
 (= phase_46 6))
(assert
 (= phase_49 6))
(assert
 (= phase_50 6))
(assert
 (= phase_53 6))
(assert
 (= phase_54 6))
(assert
 (= phase_58 6))
(assert
 (= phase_61 6))
(assert
 (= phase_62 6))
(assert
 (= phase_65 6))
(assert
 (= phase_66 6))
(assert
 (= phase_69 6))
(assert
 (= phase_70 6))
(assert
 (= phase_74 6))
(assert
 (= phase_77 6))
(assert
 (= phase_78 6))
(assert
 (= phase_81 6))
(assert
 (= phase_82 6))
(assert
 (= phase_85 6))
(assert
 (= phase_86 6))
(assert
 (= phase_90 6))
(assert
 (= phase_93 6))
(assert
 (= phase_94 6))
(assert
 (= phase_97 6))
(assert
 (= phase_98 6))
(assert
 (= phase_101 6))
(assert
 (= phase_102 6))
(assert
 (= phase_105 6))
(assert
 (= phase_106 6))
(assert
 (= phase_113 6))
(assert
 (= phase_114 6))
(assert
 (= phase_117 6))
(assert
 (= phase_118 6))
(assert
 (= phase_122 6))
(assert
 (= phase_125 6))
(assert
 (= phase_126 6))
(assert
 (= phase_129 6))
(assert
 (= phase_130 6))
(assert
 (let ((?x10313 (* 1.0 x_14)))
 (let (($x31234 (>= boundary 1)))
 (let ((?x10414 (ite $x31234 ?x10313 0.0)))
 (let (($x31284 (or (not (and true (<= boundary 5))) (and (distinct ?x10414 read_value) true))))
 (let (($x25129 (= read_value x_14)))
 (let (($x86418 (and (and (= read_index 40) (not false)) (= boundary (- phase_130 1)))))
 (let (($x11331 (and (and (= read_index 39) (not false)) (= boundary (- phase_129 1)))))
 (let (($x31210 (and (and (= read_index 38) (not false)) (= boundary (- phase_126 1)))))
 (let (($x31608 (and (and (= read_index 37) (not false)) (= boundary (- phase_125 1)))))
 (let (($x29045 (and (and (= read_index 36) (not false)) (= boundary (- phase_122 1)))))
 (let (($x36934 (and (and (= read_index 35) (not false)) (= boundary (- phase_118 1)))))
 (let (($x10144 (and (and (= read_index 34) (not false)) (= boundary (- phase_117 1)))))
 (let (($x31667 (and (and (= read_index 33) (not false)) (= boundary (- phase_114 1)))))
 (let (($x29962 (and (and (= read_index 32) (not false)) (= boundary (- phase_113 1)))))
 (let (($x29040 (and (and (= read_index 31) (not false)) (= boundary (- phase_106 1)))))
 (let (($x7506 (and (and (= read_index 30) (not false)) (= boundary (- phase_105 1)))))
 (let (($x5007 (and (and (= read_index 29) (not false)) (= boundary (- phase_102 1)))))
 (let (($x24510 (and (and (= read_index 28) (not false)) (= boundary (- phase_101 1)))))
 (let (($x11614 (and (and (= read_index 27) (not false)) (= boundary (- phase_98 1)))))
 (let (($x32685 (and (and (= read_index 26) (not false)) (= boundary (- phase_97 1)))))
 (let (($x36580 (and (and (= read_index 25) (not false)) (= boundary (- phase_94 1)))))
 (let (($x80943 (and (and (= read_index 24) (not false)) (= boundary (- phase_93 1)))))
 (let (($x11927 (and (and (= read_index 23) (not false)) (= boundary (- phase_90 1)))))
 (let (($x19800 (and (and (= read_index 22) (not false)) (= boundary (- phase_86 1)))))
 (let (($x10373 (and (and (= read_index 21) (not false)) (= boundary (- phase_85 1)))))
 (let (($x8078 (and (and (= read_index 20) (not false)) (= boundary (- phase_82 1)))))
 (let (($x7595 (and (and (= read_index 19) (not false)) (= boundary (- phase_81 1)))))
 (let (($x8317 (and (and (= read_index 18) (not false)) (= boundary (- phase_78 1)))))
 (let (($x34334 (and (and (= read_index 17) (not false)) (= boundary (- phase_77 1)))))
 (let (($x36878 (and (and (= read_index 16) (not false)) (= boundary (- phase_74 1)))))
 (let (($x9755 (and (and (= read_index 15) (not false)) (= boundary (- phase_70 1)))))
 (let (($x13831 (and (and (= read_index 14) (not false)) (= boundary (- phase_69 1)))))
 (let (($x29317 (and (and (= read_index 13) (not false)) (= boundary (- phase_66 1)))))
 (let (($x10807 (and (and (= read_index 12) (not false)) (= boundary (- phase_65 1)))))
 (let (($x7982 (and (and (= read_index 11) (not false)) (= boundary (- phase_62 1)))))
 (let (($x11268 (and (and (= read_index 10) (not false)) (= boundary (- phase_61 1)))))
 (let (($x105258 (and (and (= read_index 9) (not false)) (= boundary (- phase_58 1)))))
 (let (($x86189 (and (and (= read_index 8) (not false)) (= boundary (- phase_54 1)))))
 (let (($x84942 (and (and (= read_index 7) (not false)) (= boundary (- phase_53 1)))))
 (let (($x57153 (and (and (= read_index 6) (not false)) (= boundary (- phase_50 1)))))
 (let (($x45587 (and (and (= read_index 5) (not false)) (= boundary (- phase_49 1)))))
 (let (($x32462 (and (and (= read_index 4) (not false)) (= boundary (- phase_46 1)))))
 (let (($x31504 (and (and (= read_index 3) (not false)) (= boundary (- phase_45 1)))))
 (let (($x28573 (and (and (= read_index 2) (not false)) (= boundary (- phase_42 1)))))
 (let (($x27821 (and (and (= read_index 1) (not false)) (= boundary (- phase_41 1)))))
 (let (($x24817 (and (and (= read_index 0) (not false)) (= boundary (- phase_38 1)))))
 (let (($x10375 (or (and $x24817 $x25129) (and $x27821 $x25129) (and $x28573 $x25129) (and $x31504 $x25129) (and $x32462 $x25129) (and $x45587 $x25129) (and $x57153 $x25129) (and $x84942 $x25129) (and $x86189 $x25129) (and $x105258 $x25129) (and $x11268 $x25129) (and $x7982 $x25129) (and $x10807 $x25129) (and $x29317 $x25129) (and $x13831 $x25129) (and $x9755 $x25129) (and $x36878 $x25129) (and $x34334 $x25129) (and $x8317 $x25129) (and $x7595 $x25129) (and $x8078 $x25129) (and $x10373 $x25129) (and $x19800 $x25129) (and $x11927 $x25129) (and $x80943 $x25129) (and $x36580 $x25129) (and $x32685 $x25129) (and $x11614 $x25129) (and $x24510 $x25129) (and $x5007 $x25129) (and $x7506 $x25129) (and $x29040 $x25129) (and $x29962 $x25129) (and $x31667 $x25129) (and $x10144 $x25129) (and $x36934 $x25129) (and $x29045 $x25129) (and $x31608 $x25129) (and $x31210 $x25129) (and $x11331 $x25129) (and $x86418 $x25129))))
 (let (($x28849 (and $x10375 $x31284)))
 (let ((?x487 (+ phase_0 1)))
 (let ((?x14580 (+ phase_38 1)))
 (let (($x18336 (> ?x14580 ?x487)))
 (let ((?x18159 (ite $x18336 ?x14580 ?x487)))
 (let (($x31447 (<= ?x487 boundary)))
 (let (($x12588 (and (not (<= (ite (> phase_38 phase_0) phase_38 phase_0) ?x487)) $x31447)))
 (let ((?x20652 (ite (and $x12588 (< boundary ?x18159)) x_14 0.0)))
 (let (($x21479 (and (distinct ?x10414 ?x20652) true)))
 (let (($x86081 (<= boundary 5)))
 (let (($x20940 (and true $x86081)))
 (let (($x86041 (<= boundary 11)))
 (let (($x74168 (>= boundary (- 1))))
 (let (($x85627 (and (= boundary (+ (* 2 boundary_half) 1)) $x74168)))
 (let (($x86099 (and $x85627 $x86041)))
 (let (($x21202 (and $x86099 $x20940)))
 (let (($x21758 (and $x21202 $x21479)))
 (let (($x18111 (> phase_38 phase_0)))
 (let ((?x18477 (ite $x18111 phase_38 phase_0)))
 (let (($x5081 (> ?x18477 boundary)))
 (let ((?x37926 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 11) (- 1.0) 0.0))))
 (let (($x14749 (= value_index 0)))
 (let (($x11240 (and $x14749 (and (distinct ?x37926 0.0) true))))
 (let (($x5489 (and $x11240 $x5081)))
 (let (($x7701 (or $x5489)))
 (let (($x4076 (= boundary 1)))
 (let (($x6748 (or $x4076)))
 (let (($x10250 (and $x6748 $x7701)))
 (let (($x18274 (> boundary 11)))
 (let (($x104483 (< boundary 2)))
 (let (($x27814 (or $x104483 $x18274)))
 (let (($x169 (and $x11240 $x27814)))
 (let (($x3244 (or $x169)))
 (or $x3244 $x10250 $x21758 $x28849))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
