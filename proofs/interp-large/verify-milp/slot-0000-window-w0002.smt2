(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_73 () Int)
(declare-fun phase_74 () Int)
(declare-fun phase_109 () Int)
(declare-fun phase_110 () Int)
(declare-fun phase_137 () Int)
(declare-fun phase_138 () Int)
(declare-fun phase_139 () Int)
(declare-fun phase_141 () Int)
(declare-fun phase_142 () Int)
(declare-fun phase_143 () Int)
(declare-fun phase_145 () Int)
(declare-fun phase_146 () Int)
(declare-fun phase_147 () Int)
(declare-fun phase_149 () Int)
(declare-fun phase_150 () Int)
(declare-fun phase_151 () Int)
(declare-fun phase_153 () Int)
(declare-fun phase_154 () Int)
(declare-fun phase_155 () Int)
(declare-fun phase_157 () Int)
(declare-fun phase_158 () Int)
(declare-fun phase_159 () Int)
(declare-fun phase_161 () Int)
(declare-fun phase_162 () Int)
(declare-fun phase_163 () Int)
(declare-fun phase_165 () Int)
(declare-fun phase_166 () Int)
(declare-fun phase_167 () Int)
(declare-fun phase_229 () Int)
(declare-fun phase_230 () Int)
(declare-fun phase_231 () Int)
(declare-fun phase_232 () Int)
(declare-fun phase_233 () Int)
(declare-fun phase_234 () Int)
(declare-fun phase_235 () Int)
(declare-fun phase_236 () Int)
(declare-fun phase_237 () Int)
(declare-fun phase_238 () Int)
(declare-fun phase_240 () Int)
(declare-fun phase_242 () Int)
(declare-fun phase_317 () Int)
(declare-fun phase_318 () Int)
(declare-fun phase_319 () Int)
(declare-fun phase_321 () Int)
(declare-fun phase_322 () Int)
(declare-fun phase_323 () Int)
(declare-fun phase_325 () Int)
(declare-fun phase_326 () Int)
(declare-fun phase_327 () Int)
(declare-fun phase_329 () Int)
(declare-fun phase_330 () Int)
(declare-fun phase_331 () Int)
(declare-fun phase_333 () Int)
(declare-fun phase_334 () Int)
(declare-fun phase_335 () Int)
(declare-fun phase_337 () Int)
(declare-fun phase_338 () Int)
(declare-fun phase_339 () Int)
(declare-fun phase_341 () Int)
(declare-fun phase_342 () Int)
(declare-fun phase_343 () Int)
(declare-fun phase_345 () Int)
(declare-fun phase_346 () Int)
(declare-fun phase_347 () Int)
(declare-fun phase_781 () Int)
(declare-fun phase_782 () Int)
(declare-fun phase_789 () Int)
(declare-fun phase_818 () Int)
(declare-fun phase_819 () Int)
(declare-fun phase_820 () Int)
(declare-fun phase_821 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_73 14))
(assert
 (= phase_74 14))
(assert
 (= phase_109 14))
(assert
 (= phase_110 14))
(assert
 (= phase_137 14))
(assert
 (= phase_138 14))
(assert
 (= phase_139 14))
(assert
 (= phase_141 14))
(assert
 (= phase_142 14))
(assert
 (= phase_143 14))
(assert
 (= phase_145 14))
(assert
 (= phase_146 14))
(assert
 (= phase_147 14))
(assert
 (= phase_149 14))
(assert
 (= phase_150 14))
(assert
 (= phase_151 14))
(assert
 (= phase_153 14))
(assert
 (= phase_154 14))
(assert
 (= phase_155 14))
(assert
 (= phase_157 14))
(assert
 (= phase_158 14))
(assert
 (= phase_159 14))
(assert
 (= phase_161 14))
(assert
 (= phase_162 14))
(assert
 (= phase_163 14))
(assert
 (= phase_165 14))
(assert
 (= phase_166 14))
(assert
 (= phase_167 14))
(assert
 (= phase_229 12))
(assert
 (= phase_230 12))
(assert
 (= phase_231 12))
(assert
 (= phase_232 12))
(assert
 (= phase_233 12))
(assert
 (= phase_234 12))
(assert
 (= phase_235 12))
(assert
 (= phase_236 12))
(assert
 (= phase_237 12))
(assert
 (= phase_238 12))
(assert
 (= phase_240 12))
(assert
 (= phase_242 12))
(assert
 (= phase_317 14))
(assert
 (= phase_318 14))
(assert
 (= phase_319 14))
(assert
 (= phase_321 14))
(assert
 (= phase_322 14))
(assert
 (= phase_323 14))
(assert
 (= phase_325 14))
(assert
 (= phase_326 14))
(assert
 (= phase_327 14))
(assert
 (= phase_329 14))
(assert
 (= phase_330 14))
(assert
 (= phase_331 14))
(assert
 (= phase_333 14))
(assert
 (= phase_334 14))
(assert
 (= phase_335 14))
(assert
 (= phase_337 14))
(assert
 (= phase_338 14))
(assert
 (= phase_339 14))
(assert
 (= phase_341 14))
(assert
 (= phase_342 14))
(assert
 (= phase_343 14))
(assert
 (= phase_345 14))
(assert
 (= phase_346 14))
(assert
 (= phase_347 14))
(assert
 (= phase_781 12))
(assert
 (= phase_782 12))
(assert
 (= phase_789 12))
(assert
 (= phase_818 14))
(assert
 (= phase_819 14))
(assert
 (= phase_820 14))
(assert
 (= phase_821 14))
(assert
 (let ((?x27349 (+ phase_229 1)))
 (let (($x25435 (> ?x27349 (- 1))))
 (let ((?x1157 (ite $x25435 ?x27349 (- 1))))
 (= window_start_contents (ite (and (and true (<= (- 1) 11)) (< 11 ?x1157)) x_0 0.0))))))
(assert
 (let (($x22382 (and (distinct window_start_contents read_value) true)))
 (let (($x253327 (or (not (and (and true (> boundary 11)) (<= boundary 13))) $x22382)))
 (let (($x59988 (= read_value x_0)))
 (let (($x22483 (and (and (= read_index 245) (not false)) (= boundary (- phase_821 1)))))
 (let (($x33162 (and (and (= read_index 244) (not false)) (= boundary (- phase_820 1)))))
 (let (($x48964 (and (and (= read_index 243) (not false)) (= boundary (- phase_819 1)))))
 (let (($x150299 (and (and (= read_index 242) (not false)) (= boundary (- phase_818 1)))))
 (let (($x64228 (and (and (= read_index 157) (not false)) (= boundary (- phase_347 1)))))
 (let (($x101053 (and (and (= read_index 156) (not false)) (= boundary (- phase_346 1)))))
 (let (($x10530 (and (and (= read_index 155) (not false)) (= boundary (- phase_345 1)))))
 (let (($x154355 (and (and (= read_index 154) (not false)) (= boundary (- phase_343 1)))))
 (let (($x64975 (and (and (= read_index 153) (not false)) (= boundary (- phase_342 1)))))
 (let (($x246910 (and (and (= read_index 152) (not false)) (= boundary (- phase_341 1)))))
 (let (($x77876 (and (and (= read_index 151) (not false)) (= boundary (- phase_339 1)))))
 (let (($x109078 (and (and (= read_index 150) (not false)) (= boundary (- phase_338 1)))))
 (let (($x345001 (and (and (= read_index 149) (not false)) (= boundary (- phase_337 1)))))
 (let (($x162670 (and (and (= read_index 148) (not false)) (= boundary (- phase_335 1)))))
 (let (($x162649 (and (and (= read_index 147) (not false)) (= boundary (- phase_334 1)))))
 (let (($x229496 (and (and (= read_index 146) (not false)) (= boundary (- phase_333 1)))))
 (let (($x24567 (and (and (= read_index 145) (not false)) (= boundary (- phase_331 1)))))
 (let (($x191425 (and (and (= read_index 144) (not false)) (= boundary (- phase_330 1)))))
 (let (($x191619 (and (and (= read_index 143) (not false)) (= boundary (- phase_329 1)))))
 (let (($x191671 (and (and (= read_index 142) (not false)) (= boundary (- phase_327 1)))))
 (let (($x191760 (and (and (= read_index 141) (not false)) (= boundary (- phase_326 1)))))
 (let (($x191830 (and (and (= read_index 140) (not false)) (= boundary (- phase_325 1)))))
 (let (($x79018 (and (and (= read_index 139) (not false)) (= boundary (- phase_323 1)))))
 (let (($x205389 (and (and (= read_index 138) (not false)) (= boundary (- phase_322 1)))))
 (let (($x193091 (and (and (= read_index 137) (not false)) (= boundary (- phase_321 1)))))
 (let (($x186761 (and (and (= read_index 136) (not false)) (= boundary (- phase_319 1)))))
 (let (($x61183 (and (and (= read_index 135) (not false)) (= boundary (- phase_318 1)))))
 (let (($x186356 (and (and (= read_index 134) (not false)) (= boundary (- phase_317 1)))))
 (let (($x63247 (and (and (= read_index 93) (not false)) (= boundary (- phase_167 1)))))
 (let (($x22435 (and (and (= read_index 92) (not false)) (= boundary (- phase_166 1)))))
 (let (($x22710 (and (and (= read_index 91) (not false)) (= boundary (- phase_165 1)))))
 (let (($x142591 (and (and (= read_index 90) (not false)) (= boundary (- phase_163 1)))))
 (let (($x162687 (and (and (= read_index 89) (not false)) (= boundary (- phase_162 1)))))
 (let (($x160860 (and (and (= read_index 88) (not false)) (= boundary (- phase_161 1)))))
 (let (($x137271 (and (and (= read_index 87) (not false)) (= boundary (- phase_159 1)))))
 (let (($x59634 (and (and (= read_index 86) (not false)) (= boundary (- phase_158 1)))))
 (let (($x152566 (and (and (= read_index 85) (not false)) (= boundary (- phase_157 1)))))
 (let (($x6300 (and (and (= read_index 84) (not false)) (= boundary (- phase_155 1)))))
 (let (($x117791 (and (and (= read_index 83) (not false)) (= boundary (- phase_154 1)))))
 (let (($x169893 (and (and (= read_index 82) (not false)) (= boundary (- phase_153 1)))))
 (let (($x43642 (and (and (= read_index 81) (not false)) (= boundary (- phase_151 1)))))
 (let (($x35180 (and (and (= read_index 80) (not false)) (= boundary (- phase_150 1)))))
 (let (($x32359 (and (and (= read_index 79) (not false)) (= boundary (- phase_149 1)))))
 (let (($x24565 (and (and (= read_index 78) (not false)) (= boundary (- phase_147 1)))))
 (let (($x46815 (and (and (= read_index 77) (not false)) (= boundary (- phase_146 1)))))
 (let (($x40052 (and (and (= read_index 76) (not false)) (= boundary (- phase_145 1)))))
 (let (($x90086 (and (and (= read_index 75) (not false)) (= boundary (- phase_143 1)))))
 (let (($x125857 (and (and (= read_index 74) (not false)) (= boundary (- phase_142 1)))))
 (let (($x104974 (and (and (= read_index 73) (not false)) (= boundary (- phase_141 1)))))
 (let (($x127464 (and (and (= read_index 72) (not false)) (= boundary (- phase_139 1)))))
 (let (($x28100 (and (and (= read_index 71) (not false)) (= boundary (- phase_138 1)))))
 (let (($x191413 (and (and (= read_index 70) (not false)) (= boundary (- phase_137 1)))))
 (let (($x97878 (and (and (= read_index 57) (not false)) (= boundary (- phase_110 1)))))
 (let (($x126694 (and (and (= read_index 56) (not false)) (= boundary (- phase_109 1)))))
 (let (($x35222 (and (and (= read_index 39) (not false)) (= boundary (- phase_74 1)))))
 (let (($x186700 (and (and (= read_index 38) (not false)) (= boundary (- phase_73 1)))))
 (let (($x243937 (or (and $x186700 $x59988) (and $x35222 $x59988) (and $x126694 $x59988) (and $x97878 $x59988) (and $x191413 $x59988) (and $x28100 $x59988) (and $x127464 $x59988) (and $x104974 $x59988) (and $x125857 $x59988) (and $x90086 $x59988) (and $x40052 $x59988) (and $x46815 $x59988) (and $x24565 $x59988) (and $x32359 $x59988) (and $x35180 $x59988) (and $x43642 $x59988) (and $x169893 $x59988) (and $x117791 $x59988) (and $x6300 $x59988) (and $x152566 $x59988) (and $x59634 $x59988) (and $x137271 $x59988) (and $x160860 $x59988) (and $x162687 $x59988) (and $x142591 $x59988) (and $x22710 $x59988) (and $x22435 $x59988) (and $x63247 $x59988) (and $x186356 $x59988) (and $x61183 $x59988) (and $x186761 $x59988) (and $x193091 $x59988) (and $x205389 $x59988) (and $x79018 $x59988) (and $x191830 $x59988) (and $x191760 $x59988) (and $x191671 $x59988) (and $x191619 $x59988) (and $x191425 $x59988) (and $x24567 $x59988) (and $x229496 $x59988) (and $x162649 $x59988) (and $x162670 $x59988) (and $x345001 $x59988) (and $x109078 $x59988) (and $x77876 $x59988) (and $x246910 $x59988) (and $x64975 $x59988) (and $x154355 $x59988) (and $x10530 $x59988) (and $x101053 $x59988) (and $x64228 $x59988) (and $x150299 $x59988) (and $x48964 $x59988) (and $x33162 $x59988) (and $x22483 $x59988))))
 (let (($x118732 (and $x243937 $x253327)))
 (let ((?x27349 (+ phase_229 1)))
 (let (($x25435 (> ?x27349 (- 1))))
 (let ((?x1157 (ite $x25435 ?x27349 (- 1))))
 (let ((?x9998 (+ phase_230 1)))
 (let (($x1181 (> ?x9998 ?x1157)))
 (let ((?x1193 (ite $x1181 ?x9998 ?x1157)))
 (let ((?x27347 (+ phase_231 1)))
 (let (($x853 (> ?x27347 ?x1193)))
 (let ((?x877 (ite $x853 ?x27347 ?x1193)))
 (let ((?x10023 (+ phase_232 1)))
 (let (($x25472 (> ?x10023 ?x877)))
 (let ((?x25465 (ite $x25472 ?x10023 ?x877)))
 (let ((?x12519 (+ phase_233 1)))
 (let (($x861 (> ?x12519 ?x25465)))
 (let ((?x1023 (ite $x861 ?x12519 ?x25465)))
 (let ((?x6263 (+ phase_234 1)))
 (let (($x969 (> ?x6263 ?x1023)))
 (let ((?x1159 (ite $x969 ?x6263 ?x1023)))
 (let ((?x9853 (+ phase_235 1)))
 (let (($x837 (> ?x9853 ?x1159)))
 (let ((?x865 (ite $x837 ?x9853 ?x1159)))
 (let ((?x9085 (+ phase_236 1)))
 (let (($x25513 (> ?x9085 ?x865)))
 (let ((?x902 (ite $x25513 ?x9085 ?x865)))
 (let ((?x27344 (+ phase_237 1)))
 (let (($x962 (> ?x27344 ?x902)))
 (let ((?x557 (ite $x962 ?x27344 ?x902)))
 (let ((?x12006 (+ phase_238 1)))
 (let (($x474 (> ?x12006 ?x557)))
 (let ((?x25521 (ite $x474 ?x12006 ?x557)))
 (let ((?x22893 (+ phase_240 1)))
 (let (($x84048 (> ?x22893 ?x25521)))
 (let ((?x105600 (ite $x84048 ?x22893 ?x25521)))
 (let ((?x12594 (+ phase_242 1)))
 (let (($x108106 (> ?x12594 ?x105600)))
 (let ((?x111103 (ite $x108106 ?x12594 ?x105600)))
 (let ((?x6550 (+ phase_781 1)))
 (let (($x125292 (> ?x6550 ?x111103)))
 (let ((?x145409 (ite $x125292 ?x6550 ?x111103)))
 (let ((?x22682 (+ phase_782 1)))
 (let (($x156372 (> ?x22682 ?x145409)))
 (let ((?x158567 (ite $x156372 ?x22682 ?x145409)))
 (let ((?x6683 (+ phase_789 1)))
 (let (($x191524 (> ?x6683 ?x158567)))
 (let ((?x241585 (ite $x191524 ?x6683 ?x158567)))
 (let ((?x18265 (+ phase_73 1)))
 (let (($x31660 (<= (- 1) boundary)))
 (let (($x32309 (and true $x31660)))
 (let ((?x246883 (ite (and $x32309 (< boundary (ite (> ?x18265 ?x241585) ?x18265 ?x241585))) x_0 0.0)))
 (let (($x98300 (and (distinct window_start_contents ?x246883) true)))
 (let (($x191623 (<= boundary 13)))
 (let (($x253077 (> boundary 11)))
 (let (($x256127 (and true $x253077)))
 (let (($x191656 (and $x256127 $x191623)))
 (let (($x52490 (<= boundary 51)))
 (let (($x31002 (>= boundary (- 1))))
 (let (($x51612 (and (= boundary (+ (* 2 boundary_half) 1)) $x31002)))
 (let (($x52846 (and $x51612 $x52490)))
 (let (($x148281 (and $x52846 $x191656)))
 (let (($x71311 (and $x148281 $x98300)))
 (or $x71311 $x118732)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
