(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_100 () Int)
(declare-fun phase_104 () Int)
(declare-fun phase_105 () Int)
(declare-fun phase_110 () Int)
(declare-fun phase_112 () Int)
(declare-fun phase_113 () Int)
(declare-fun phase_114 () Int)
(declare-fun phase_115 () Int)
(declare-fun phase_117 () Int)
(declare-fun phase_129 () Int)
(declare-fun phase_130 () Int)
(declare-fun phase_131 () Int)
(declare-fun phase_132 () Int)
(declare-fun phase_134 () Int)
(declare-fun phase_135 () Int)
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
(declare-fun phase_188 () Int)
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
 (= phase_135 8))
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
 (= phase_188 10))
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
 (let ((?x10174 (ite (and (and true (<= (- 1) 5)) (< 5 536870911)) x_0 0.0)))
 (= window_start_contents ?x10174)))
(assert
 (let (($x123385 (and (distinct window_start_contents read_value) true)))
 (let (($x123388 (or (not (and (and true (> boundary 5)) (<= boundary 9))) $x123385)))
 (let (($x112500 (= read_value x_0)))
 (let (($x123386 (and (and (= read_index 269) (not false)) (= boundary (- phase_481 1)))))
 (let (($x116518 (and (and (= read_index 122) (not false)) (= boundary (- phase_210 1)))))
 (let (($x116511 (and (and (= read_index 116) (not false)) (= boundary (- phase_197 1)))))
 (let (($x33225 (and (and (= read_index 115) (not false)) (= boundary (- phase_195 1)))))
 (let (($x129625 (and (and (= read_index 112) (not false)) (= boundary (- phase_192 1)))))
 (let (($x129713 (and (and (= read_index 111) (not false)) (= boundary (- phase_190 1)))))
 (let (($x129366 (and (and (= read_index 109) (not false)) (= boundary (- phase_188 1)))))
 (let (($x123706 (and (and (= read_index 108) (not false)) (= boundary (- phase_187 1)))))
 (let (($x112023 (and (and (= read_index 104) (not false)) (= boundary (- phase_179 1)))))
 (let (($x131352 (and (and (= read_index 102) (not false)) (= boundary (- phase_174 1)))))
 (let (($x132354 (and (and (= read_index 100) (not false)) (= boundary (- phase_172 1)))))
 (let (($x130878 (and (and (= read_index 99) (not false)) (= boundary (- phase_171 1)))))
 (let (($x22417 (and (and (= read_index 97) (not false)) (= boundary (- phase_166 1)))))
 (let (($x110449 (and (and (= read_index 95) (not false)) (= boundary (- phase_161 1)))))
 (let (($x109570 (and (and (= read_index 92) (not false)) (= boundary (- phase_154 1)))))
 (let (($x129946 (and (and (= read_index 87) (not false)) (= boundary (- phase_147 1)))))
 (let (($x115891 (and (and (= read_index 86) (not false)) (= boundary (- phase_146 1)))))
 (let (($x110588 (and (and (= read_index 85) (not false)) (= boundary (- phase_144 1)))))
 (let (($x129381 (and (and (= read_index 84) (not false)) (= boundary (- phase_143 1)))))
 (let (($x118605 (and (and (= read_index 83) (not false)) (= boundary (- phase_142 1)))))
 (let (($x111703 (and (and (= read_index 82) (not false)) (= boundary (- phase_140 1)))))
 (let (($x118814 (and (and (= read_index 81) (not false)) (= boundary (- phase_138 1)))))
 (let (($x131789 (and (and (= read_index 79) (not false)) (= boundary (- phase_135 1)))))
 (let (($x111353 (and (and (= read_index 78) (not false)) (= boundary (- phase_134 1)))))
 (let (($x132105 (and (and (= read_index 77) (not false)) (= boundary (- phase_132 1)))))
 (let (($x101150 (and (and (= read_index 76) (not false)) (= boundary (- phase_131 1)))))
 (let (($x99200 (and (and (= read_index 75) (not false)) (= boundary (- phase_130 1)))))
 (let (($x122228 (and (and (= read_index 74) (not false)) (= boundary (- phase_129 1)))))
 (let (($x131563 (and (and (= read_index 69) (not false)) (= boundary (- phase_117 1)))))
 (let (($x128335 (and (and (= read_index 68) (not false)) (= boundary (- phase_115 1)))))
 (let (($x118933 (and (and (= read_index 67) (not false)) (= boundary (- phase_114 1)))))
 (let (($x131172 (and (and (= read_index 66) (not false)) (= boundary (- phase_113 1)))))
 (let (($x110122 (and (and (= read_index 65) (not false)) (= boundary (- phase_112 1)))))
 (let (($x131594 (and (and (= read_index 64) (not false)) (= boundary (- phase_110 1)))))
 (let (($x125990 (and (and (= read_index 60) (not false)) (= boundary (- phase_105 1)))))
 (let (($x115158 (and (and (= read_index 59) (not false)) (= boundary (- phase_104 1)))))
 (let (($x63952 (and (and (= read_index 57) (not false)) (= boundary (- phase_100 1)))))
 (let (($x116067 (or (and $x63952 $x112500) (and $x115158 $x112500) (and $x125990 $x112500) (and $x131594 $x112500) (and $x110122 $x112500) (and $x131172 $x112500) (and $x118933 $x112500) (and $x128335 $x112500) (and $x131563 $x112500) (and $x122228 $x112500) (and $x99200 $x112500) (and $x101150 $x112500) (and $x132105 $x112500) (and $x111353 $x112500) (and $x131789 $x112500) (and $x118814 $x112500) (and $x111703 $x112500) (and $x118605 $x112500) (and $x129381 $x112500) (and $x110588 $x112500) (and $x115891 $x112500) (and $x129946 $x112500) (and $x109570 $x112500) (and $x110449 $x112500) (and $x22417 $x112500) (and $x130878 $x112500) (and $x132354 $x112500) (and $x131352 $x112500) (and $x112023 $x112500) (and $x123706 $x112500) (and $x129366 $x112500) (and $x129713 $x112500) (and $x129625 $x112500) (and $x33225 $x112500) (and $x116511 $x112500) (and $x116518 $x112500) (and $x123386 $x112500))))
 (let (($x89035 (and $x116067 $x123388)))
 (let ((?x37503 (ite (and (and true (<= (- 1) boundary)) (< boundary 536870911)) x_0 0.0)))
 (let (($x113303 (and (distinct window_start_contents ?x37503) true)))
 (let (($x16007 (<= boundary 9)))
 (let (($x10719 (> boundary 5)))
 (let (($x15213 (and true $x10719)))
 (let (($x16108 (and $x15213 $x16007)))
 (let (($x42858 (<= boundary 39)))
 (let (($x24469 (>= boundary (- 1))))
 (let (($x42751 (and (= boundary (+ (* 2 boundary_half) 1)) $x24469)))
 (let (($x42862 (and $x42751 $x42858)))
 (let (($x30894 (and $x42862 $x16108)))
 (let (($x36143 (and $x30894 $x113303)))
 (or $x36143 $x89035))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
