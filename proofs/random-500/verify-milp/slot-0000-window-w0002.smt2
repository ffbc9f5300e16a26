(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_26 () Int)
(declare-fun phase_35 () Int)
(declare-fun phase_57 () Int)
(declare-fun phase_100 () Int)
(declare-fun phase_104 () Int)
(declare-fun phase_105 () Int)
(declare-fun phase_110 () Int)
(declare-fun phase_112 () Int)
(declare-fun phase_113 () Int)
(declare-fun phase_114 () Int)
(declare-fun phase_115 () Int)
(declare-fun phase_117 () Int)
(declare-fun phase_121 () Int)
(declare-fun phase_127 () Int)
(declare-fun phase_129 () Int)
(declare-fun phase_130 () Int)
(declare-fun phase_131 () Int)
(declare-fun phase_132 () Int)
(declare-fun phase_134 () Int)
(declare-fun phase_138 () Int)
(declare-fun phase_140 () Int)
(declare-fun phase_142 () Int)
(declare-fun phase_143 () Int)
(declare-fun phase_144 () Int)
(declare-fun phase_146 () Int)
(declare-fun phase_147 () Int)
(declare-fun phase_154 () Int)
(declare-fun phase_161 () Int)
(declare-fun phase_166 () Int)
(declare-fun phase_171 () Int)
(declare-fun phase_172 () Int)
(declare-fun phase_174 () Int)
(declare-fun phase_179 () Int)
(declare-fun phase_187 () Int)
(declare-fun phase_190 () Int)
(declare-fun phase_192 () Int)
(declare-fun phase_195 () Int)
(declare-fun phase_197 () Int)
(declare-fun phase_210 () Int)
(declare-fun phase_481 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_26 10))
(assert
 (= phase_35 10))
(assert
 (= phase_57 10))
(assert
 (= phase_100 8))
(assert
 (= phase_104 8))
(assert
 (= phase_105 8))
(assert
 (= phase_110 8))
(assert
 (= phase_112 8))
(assert
 (= phase_113 8))
(assert
 (= phase_114 8))
(assert
 (= phase_115 10))
(assert
 (= phase_117 8))
(assert
 (= phase_121 10))
(assert
 (= phase_127 10))
(assert
 (= phase_129 10))
(assert
 (= phase_130 8))
(assert
 (= phase_131 10))
(assert
 (= phase_132 10))
(assert
 (= phase_134 10))
(assert
 (= phase_138 10))
(assert
 (= phase_140 10))
(assert
 (= phase_142 10))
(assert
 (= phase_143 10))
(assert
 (= phase_144 8))
(assert
 (= phase_146 10))
(assert
 (= phase_147 10))
(assert
 (= phase_154 8))
(assert
 (= phase_161 10))
(assert
 (= phase_166 10))
(assert
 (= phase_171 10))
(assert
 (= phase_172 10))
(assert
 (= phase_174 10))
(assert
 (= phase_179 10))
(assert
 (= phase_187 10))
(assert
 (= phase_190 10))
(assert
 (= phase_192 10))
(assert
 (= phase_195 10))
(assert
 (= phase_197 10))
(assert
 (= phase_210 10))
(assert
 (= phase_481 10))
(assert
 (let ((?x48687 (ite (and (and true (<= (- 1) 5)) (< 5 536870911)) x_0 0.0)))
 (= window_start_contents ?x48687)))
(assert
 (let (($x120787 (and (distinct window_start_contents read_value) true)))
 (let (($x108806 (or (not (and (and true (> boundary 5)) (<= boundary 9))) $x120787)))
 (let (($x126971 (= read_value x_0)))
 (let (($x130842 (and (and (= read_index 269) (not false)) (= boundary (- phase_481 1)))))
 (let (($x90388 (and (and (= read_index 122) (not false)) (= boundary (- phase_210 1)))))
 (let (($x132271 (and (and (= read_index 116) (not false)) (= boundary (- phase_197 1)))))
 (let (($x112968 (and (and (= read_index 115) (not false)) (= boundary (- phase_195 1)))))
 (let (($x130479 (and (and (= read_index 112) (not false)) (= boundary (- phase_192 1)))))
 (let (($x121931 (and (and (= read_index 111) (not false)) (= boundary (- phase_190 1)))))
 (let (($x88971 (and (and (= read_index 108) (not false)) (= boundary (- phase_187 1)))))
 (let (($x107933 (and (and (= read_index 104) (not false)) (= boundary (- phase_179 1)))))
 (let (($x127986 (and (and (= read_index 102) (not false)) (= boundary (- phase_174 1)))))
 (let (($x119429 (and (and (= read_index 100) (not false)) (= boundary (- phase_172 1)))))
 (let (($x117356 (and (and (= read_index 99) (not false)) (= boundary (- phase_171 1)))))
 (let (($x94924 (and (and (= read_index 97) (not false)) (= boundary (- phase_166 1)))))
 (let (($x105503 (and (and (= read_index 95) (not false)) (= boundary (- phase_161 1)))))
 (let (($x113644 (and (and (= read_index 92) (not false)) (= boundary (- phase_154 1)))))
 (let (($x90630 (and (and (= read_index 87) (not false)) (= boundary (- phase_147 1)))))
 (let (($x90634 (and (and (= read_index 86) (not false)) (= boundary (- phase_146 1)))))
 (let (($x127985 (and (and (= read_index 85) (not false)) (= boundary (- phase_144 1)))))
 (let (($x125602 (and (and (= read_index 84) (not false)) (= boundary (- phase_143 1)))))
 (let (($x83760 (and (and (= read_index 83) (not false)) (= boundary (- phase_142 1)))))
 (let (($x127280 (and (and (= read_index 82) (not false)) (= boundary (- phase_140 1)))))
 (let (($x112642 (and (and (= read_index 81) (not false)) (= boundary (- phase_138 1)))))
 (let (($x59517 (and (and (= read_index 78) (not false)) (= boundary (- phase_134 1)))))
 (let (($x107476 (and (and (= read_index 77) (not false)) (= boundary (- phase_132 1)))))
 (let (($x125622 (and (and (= read_index 76) (not false)) (= boundary (- phase_131 1)))))
 (let (($x118229 (and (and (= read_index 75) (not false)) (= boundary (- phase_130 1)))))
 (let (($x94937 (and (and (= read_index 74) (not false)) (= boundary (- phase_129 1)))))
 (let (($x119164 (and (and (= read_index 73) (not false)) (= boundary (- phase_127 1)))))
 (let (($x102113 (and (and (= read_index 70) (not false)) (= boundary (- phase_121 1)))))
 (let (($x114210 (and (and (= read_index 69) (not false)) (= boundary (- phase_117 1)))))
 (let (($x125126 (and (and (= read_index 68) (not false)) (= boundary (- phase_115 1)))))
 (let (($x121674 (and (and (= read_index 67) (not false)) (= boundary (- phase_114 1)))))
 (let (($x104997 (and (and (= read_index 66) (not false)) (= boundary (- phase_113 1)))))
 (let (($x105487 (and (and (= read_index 65) (not false)) (= boundary (- phase_112 1)))))
 (let (($x130837 (and (and (= read_index 64) (not false)) (= boundary (- phase_110 1)))))
 (let (($x107601 (and (and (= read_index 60) (not false)) (= boundary (- phase_105 1)))))
 (let (($x112988 (and (and (= read_index 59) (not false)) (= boundary (- phase_104 1)))))
 (let (($x133473 (and (and (= read_index 57) (not false)) (= boundary (- phase_100 1)))))
 (let (($x124663 (and (and (= read_index 33) (not false)) (= boundary (- phase_57 1)))))
 (let (($x115248 (and (and (= read_index 22) (not false)) (= boundary (- phase_35 1)))))
 (let (($x112412 (and (and (= read_index 17) (not false)) (= boundary (- phase_26 1)))))
 (let (($x120989 (or (and $x112412 $x126971) (and $x115248 $x126971) (and $x124663 $x126971) (and $x133473 $x126971) (and $x112988 $x126971) (and $x107601 $x126971) (and $x130837 $x126971) (and $x105487 $x126971) (and $x104997 $x126971) (and $x121674 $x126971) (and $x125126 $x126971) (and $x114210 $x126971) (and $x102113 $x126971) (and $x119164 $x126971) (and $x94937 $x126971) (and $x118229 $x126971) (and $x125622 $x126971) (and $x107476 $x126971) (and $x59517 $x126971) (and $x112642 $x126971) (and $x127280 $x126971) (and $x83760 $x126971) (and $x125602 $x126971) (and $x127985 $x126971) (and $x90634 $x126971) (and $x90630 $x126971) (and $x113644 $x126971) (and $x105503 $x126971) (and $x94924 $x126971) (and $x117356 $x126971) (and $x119429 $x126971) (and $x127986 $x126971) (and $x107933 $x126971) (and $x88971 $x126971) (and $x121931 $x126971) (and $x130479 $x126971) (and $x112968 $x126971) (and $x132271 $x126971) (and $x90388 $x126971) (and $x130842 $x126971))))
 (let (($x88105 (and $x120989 $x108806)))
 (let ((?x25268 (ite (and (and true (<= (- 1) boundary)) (< boundary 536870911)) x_0 0.0)))
 (let (($x117206 (and (distinct window_start_contents ?x25268) true)))
 (let (($x66859 (<= boundary 9)))
 (let (($x55177 (> boundary 5)))
 (let (($x55779 (and true $x55177)))
 (let (($x69987 (and $x55779 $x66859)))
 (let (($x35941 (<= boundary 39)))
 (let (($x15932 (>= boundary (- 1))))
 (let (($x35923 (and (= boundary (+ (* 2 boundary_half) 1)) $x15932)))
 (let (($x36073 (and $x35923 $x35941)))
 (let (($x73469 (and $x36073 $x69987)))
 (let (($x73507 (and $x73469 $x117206)))
 (or $x73507 $x88105)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
