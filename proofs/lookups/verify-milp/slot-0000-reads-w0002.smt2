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
 (let ((?x3950 (+ phase_30 1)))
 (let (($x9453 (> ?x3950 (- 1))))
 (let ((?x15430 (ite $x9453 ?x3950 (- 1))))
 (= window_start_contents (ite (and (and true (<= (- 1) 1)) (< 1 ?x15430)) x_0 0.0))))))
(assert
 (let (($x1698 (and (distinct window_start_contents read_value) true)))
 (let (($x11250 (not (and (and true (> boundary 1)) (<= boundary 3)))))
 (let (($x10714 (or $x11250 $x1698)))
 (let (($x2220 (= read_value x_0)))
 (let (($x12447 (and (and (= read_index 122) (not false)) (= boundary (- phase_168 1)))))
 (let (($x9222 (and $x12447 $x2220)))
 (let (($x21084 (and (and (= read_index 120) (not false)) (= boundary (- phase_165 1)))))
 (let (($x19568 (and $x21084 $x2220)))
 (let (($x55914 (and (and (= read_index 118) (not false)) (= boundary (- phase_162 1)))))
 (let (($x13629 (and $x55914 $x2220)))
 (let (($x21449 (and (and (= read_index 116) (not false)) (= boundary (- phase_159 1)))))
 (let (($x5237 (and $x21449 $x2220)))
 (let (($x11934 (and (and (= read_index 114) (not false)) (= boundary (- phase_156 1)))))
 (let (($x8715 (and $x11934 $x2220)))
 (let (($x21405 (and (and (= read_index 112) (not false)) (= boundary (- phase_153 1)))))
 (let (($x12394 (and $x21405 $x2220)))
 (let (($x22288 (and (and (= read_index 110) (not false)) (= boundary (- phase_150 1)))))
 (let (($x3060 (and $x22288 $x2220)))
 (let (($x12467 (and (and (= read_index 108) (not false)) (= boundary (- phase_147 1)))))
 (let (($x14955 (and $x12467 $x2220)))
 (let (($x11074 (and (and (= read_index 106) (not false)) (= boundary (- phase_144 1)))))
 (let (($x38945 (and $x11074 $x2220)))
 (let (($x1927 (and (and (= read_index 104) (not false)) (= boundary (- phase_141 1)))))
 (let (($x5744 (and $x1927 $x2220)))
 (let (($x21433 (and (and (= read_index 102) (not false)) (= boundary (- phase_138 1)))))
 (let (($x9419 (and $x21433 $x2220)))
 (let (($x1894 (and (and (= read_index 100) (not false)) (= boundary (- phase_135 1)))))
 (let (($x20509 (and $x1894 $x2220)))
 (let (($x21602 (and (and (= read_index 98) (not false)) (= boundary (- phase_132 1)))))
 (let (($x12164 (and $x21602 $x2220)))
 (let (($x28436 (and (and (= read_index 96) (not false)) (= boundary (- phase_129 1)))))
 (let (($x9120 (and $x28436 $x2220)))
 (let (($x9162 (and (and (= read_index 94) (not false)) (= boundary (- phase_126 1)))))
 (let (($x14705 (and $x9162 $x2220)))
 (let (($x18709 (and (and (= read_index 92) (not false)) (= boundary (- phase_124 1)))))
 (let (($x14008 (and $x18709 $x2220)))
 (let (($x2495 (and (and (= read_index 91) (not false)) (= boundary (- phase_123 1)))))
 (let (($x1479 (and $x2495 $x2220)))
 (let (($x10207 (and (and (= read_index 90) (not false)) (= boundary (- phase_122 1)))))
 (let (($x9725 (and $x10207 $x2220)))
 (let (($x12713 (and (and (= read_index 89) (not false)) (= boundary (- phase_121 1)))))
 (let (($x48300 (and $x12713 $x2220)))
 (let (($x5735 (and (and (= read_index 88) (not false)) (= boundary (- phase_120 1)))))
 (let (($x11054 (and $x5735 $x2220)))
 (let (($x3397 (and (and (= read_index 87) (not false)) (= boundary (- phase_119 1)))))
 (let (($x21428 (and $x3397 $x2220)))
 (let (($x19161 (and (and (= read_index 86) (not false)) (= boundary (- phase_118 1)))))
 (let (($x1713 (and $x19161 $x2220)))
 (let (($x2527 (and (and (= read_index 85) (not false)) (= boundary (- phase_117 1)))))
 (let (($x2354 (and $x2527 $x2220)))
 (let (($x2218 (and (and (= read_index 84) (not false)) (= boundary (- phase_116 1)))))
 (let (($x10550 (and $x2218 $x2220)))
 (let (($x2557 (and (and (= read_index 83) (not false)) (= boundary (- phase_115 1)))))
 (let (($x14464 (and $x2557 $x2220)))
 (let (($x12934 (and (and (= read_index 82) (not false)) (= boundary (- phase_114 1)))))
 (let (($x11908 (and $x12934 $x2220)))
 (let (($x19258 (and (and (= read_index 81) (not false)) (= boundary (- phase_113 1)))))
 (let (($x21470 (and $x19258 $x2220)))
 (let (($x15988 (and (and (= read_index 80) (not false)) (= boundary (- phase_112 1)))))
 (let (($x18263 (and $x15988 $x2220)))
 (let (($x13104 (and (and (= read_index 79) (not false)) (= boundary (- phase_111 1)))))
 (let (($x13210 (and $x13104 $x2220)))
 (let (($x3652 (and (and (= read_index 78) (not false)) (= boundary (- phase_110 1)))))
 (let (($x8758 (and $x3652 $x2220)))
 (let (($x10734 (or $x8758 $x13210 $x18263 $x21470 $x11908 $x14464 $x10550 $x2354 $x1713 $x21428 $x11054 $x48300 $x9725 $x1479 $x14008 $x14705 $x9120 $x12164 $x20509 $x9419 $x5744 $x38945 $x14955 $x3060 $x12394 $x8715 $x5237 $x13629 $x19568 $x9222)))
 (and $x10734 $x10714)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
