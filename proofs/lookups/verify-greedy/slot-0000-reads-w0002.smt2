(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_30 () Int)
(declare-fun phase_110 () Int)
(declare-fun phase_111 () Int)
(declare-fun phase_112 () Int)
(declare-fun phase_113 () Int)
(declare-fun phase_114 () Int)
(declare-fun phase_115 () Int)
(declare-fun phase_116 () Int)
(declare-fun phase_117 () Int)
(declare-fun phase_118 () Int)
(declare-fun phase_119 () Int)
(declare-fun phase_120 () Int)
(declare-fun phase_121 () Int)
(declare-fun phase_122 () Int)
(declare-fun phase_123 () Int)
(declare-fun phase_124 () Int)
(declare-fun phase_125 () Int)
(declare-fun phase_126 () Int)
(declare-fun phase_129 () Int)
(declare-fun phase_132 () Int)
(declare-fun phase_135 () Int)
(declare-fun phase_138 () Int)
(declare-fun phase_141 () Int)
(declare-fun phase_144 () Int)
(declare-fun phase_147 () Int)
(declare-fun phase_150 () Int)
(declare-fun phase_153 () Int)
(declare-fun phase_156 () Int)
(declare-fun phase_159 () Int)
(declare-fun phase_162 () Int)
(declare-fun phase_165 () Int)
(declare-fun phase_168 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_30 2))
(assert
 (= phase_110 4))
(assert
 (= phase_111 4))
(assert
 (= phase_112 4))
(assert
 (= phase_113 4))
(assert
 (= phase_114 4))
(assert
 (= phase_115 4))
(assert
 (= phase_116 4))
(assert
 (= phase_117 4))
(assert
 (= phase_118 4))
(assert
 (= phase_119 4))
(assert
 (= phase_120 4))
(assert
 (= phase_121 4))
(assert
 (= phase_122 4))
(assert
 (= phase_123 4))
(assert
 (= phase_124 4))
(assert
 (= phase_125 4))
(assert
 (= phase_126 4))
(assert
 (= phase_129 4))
(assert
 (= phase_132 4))
(assert
 (= phase_135 4))
(assert
 (= phase_138 4))
(assert
 (= phase_141 4))
(assert
 (= phase_144 4))
(assert
 (= phase_147 4))
(assert
 (= phase_150 4))
(assert
 (= phase_153 4))
(assert
 (= phase_156 4))
(assert
 (= phase_159 4))
(assert
 (= phase_162 4))
(assert
 (= phase_165 4))
(assert
 (= phase_168 4))
(assert
 (let ((?x15579 (+ phase_30 1)))
 (let (($x18489 (> ?x15579 (- 1))))
 (let ((?x50153 (ite $x18489 ?x15579 (- 1))))
 (= window_start_contents (ite (and (and true (<= (- 1) 1)) (< 1 ?x50153)) x_0 0.0))))))
(assert
 (let (($x52219 (and (distinct window_start_contents read_value) true)))
 (let (($x52978 (not (and (and true (> boundary 1)) (<= boundary 3)))))
 (let (($x9340 (or $x52978 $x52219)))
 (let (($x8269 (= read_value x_0)))
 (let (($x44059 (and (and (= read_index 122) (not false)) (= boundary (- phase_168 1)))))
 (let (($x44053 (and $x44059 $x8269)))
 (let (($x50980 (and (and (= read_index 120) (not false)) (= boundary (- phase_165 1)))))
 (let (($x5361 (and $x50980 $x8269)))
 (let (($x22365 (and (and (= read_index 118) (not false)) (= boundary (- phase_162 1)))))
 (let (($x44029 (and $x22365 $x8269)))
 (let (($x44052 (and (and (= read_index 116) (not false)) (= boundary (- phase_159 1)))))
 (let (($x53569 (and $x44052 $x8269)))
 (let (($x43963 (and (and (= read_index 114) (not false)) (= boundary (- phase_156 1)))))
 (let (($x53696 (and $x43963 $x8269)))
 (let (($x44804 (and (and (= read_index 112) (not false)) (= boundary (- phase_153 1)))))
 (let (($x44213 (and $x44804 $x8269)))
 (let (($x44215 (and (and (= read_index 110) (not false)) (= boundary (- phase_150 1)))))
 (let (($x25182 (and $x44215 $x8269)))
 (let (($x19697 (and (and (= read_index 108) (not false)) (= boundary (- phase_147 1)))))
 (let (($x7088 (and $x19697 $x8269)))
 (let (($x53828 (and (and (= read_index 106) (not false)) (= boundary (- phase_144 1)))))
 (let (($x54893 (and $x53828 $x8269)))
 (let (($x4014 (and (and (= read_index 104) (not false)) (= boundary (- phase_141 1)))))
 (let (($x3478 (and $x4014 $x8269)))
 (let (($x53766 (and (and (= read_index 102) (not false)) (= boundary (- phase_138 1)))))
 (let (($x15044 (and $x53766 $x8269)))
 (let (($x5388 (and (and (= read_index 100) (not false)) (= boundary (- phase_135 1)))))
 (let (($x52966 (and $x5388 $x8269)))
 (let (($x52656 (and (and (= read_index 98) (not false)) (= boundary (- phase_132 1)))))
 (let (($x17659 (and $x52656 $x8269)))
 (let (($x1607 (and (and (= read_index 96) (not false)) (= boundary (- phase_129 1)))))
 (let (($x53611 (and $x1607 $x8269)))
 (let (($x16098 (and (and (= read_index 94) (not false)) (= boundary (- phase_126 1)))))
 (let (($x56869 (and $x16098 $x8269)))
 (let (($x44812 (and (and (= read_index 93) (not false)) (= boundary (- phase_125 1)))))
 (let (($x6910 (and $x44812 $x8269)))
 (let (($x28588 (and (and (= read_index 92) (not false)) (= boundary (- phase_124 1)))))
 (let (($x51198 (and $x28588 $x8269)))
 (let (($x54693 (and (and (= read_index 91) (not false)) (= boundary (- phase_123 1)))))
 (let (($x51132 (and $x54693 $x8269)))
 (let (($x51140 (and (and (= read_index 90) (not false)) (= boundary (- phase_122 1)))))
 (let (($x9961 (and $x51140 $x8269)))
 (let (($x14312 (and (and (= read_index 89) (not false)) (= boundary (- phase_121 1)))))
 (let (($x14824 (and $x14312 $x8269)))
 (let (($x53638 (and (and (= read_index 88) (not false)) (= boundary (- phase_120 1)))))
 (let (($x51370 (and $x53638 $x8269)))
 (let (($x3436 (and (and (= read_index 87) (not false)) (= boundary (- phase_119 1)))))
 (let (($x51163 (and $x3436 $x8269)))
 (let (($x13692 (and (and (= read_index 86) (not false)) (= boundary (- phase_118 1)))))
 (let (($x3110 (and $x13692 $x8269)))
 (let (($x44358 (and (and (= read_index 85) (not false)) (= boundary (- phase_117 1)))))
 (let (($x43298 (and $x44358 $x8269)))
 (let (($x44350 (and (and (= read_index 84) (not false)) (= boundary (- phase_116 1)))))
 (let (($x44351 (and $x44350 $x8269)))
 (let (($x44197 (and (and (= read_index 83) (not false)) (= boundary (- phase_115 1)))))
 (let (($x44237 (and $x44197 $x8269)))
 (let (($x44041 (and (and (= read_index 82) (not false)) (= boundary (- phase_114 1)))))
 (let (($x44042 (and $x44041 $x8269)))
 (let (($x43791 (and (and (= read_index 81) (not false)) (= boundary (- phase_113 1)))))
 (let (($x43797 (and $x43791 $x8269)))
 (let (($x43641 (and (and (= read_index 80) (not false)) (= boundary (- phase_112 1)))))
 (let (($x43651 (and $x43641 $x8269)))
 (let (($x38738 (and (and (= read_index 79) (not false)) (= boundary (- phase_111 1)))))
 (let (($x38797 (and $x38738 $x8269)))
 (let (($x7763 (and (and (= read_index 78) (not false)) (= boundary (- phase_110 1)))))
 (let (($x7776 (and $x7763 $x8269)))
 (let (($x35742 (or $x7776 $x38797 $x43651 $x43797 $x44042 $x44237 $x44351 $x43298 $x3110 $x51163 $x51370 $x14824 $x9961 $x51132 $x51198 $x6910 $x56869 $x53611 $x17659 $x52966 $x15044 $x3478 $x54893 $x7088 $x25182 $x44213 $x53696 $x53569 $x44029 $x5361 $x44053)))
 (and $x35742 $x9340)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
