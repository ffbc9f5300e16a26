(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_1 () Int)
(declare-fun phase_38 () Int)
(declare-fun phase_39 () Int)
(declare-fun phase_41 () Int)
(declare-fun phase_42 () Int)
(declare-fun phase_44 () Int)
(declare-fun phase_45 () Int)
(declare-fun phase_47 () Int)
(declare-fun phase_48 () Int)
(declare-fun phase_50 () Int)
(declare-fun phase_51 () Int)
(declare-fun phase_53 () Int)
(declare-fun phase_54 () Int)
(declare-fun phase_56 () Int)
(declare-fun phase_57 () Int)
(declare-fun phase_59 () Int)
(declare-fun phase_60 () Int)
(declare-fun phase_62 () Int)
(declare-fun phase_63 () Int)
(declare-fun phase_65 () Int)
(declare-fun phase_66 () Int)
(declare-fun phase_68 () Int)
(declare-fun phase_69 () Int)
(declare-fun phase_71 () Int)
(declare-fun phase_72 () Int)
(declare-fun phase_112 () Int)
(declare-fun phase_113 () Int)
(declare-fun phase_115 () Int)
(declare-fun phase_116 () Int)
(declare-fun phase_118 () Int)
(declare-fun phase_119 () Int)
(declare-fun phase_121 () Int)
(declare-fun phase_122 () Int)
(declare-fun phase_124 () Int)
(declare-fun phase_125 () Int)
(declare-fun phase_127 () Int)
(declare-fun phase_128 () Int)
(declare-fun phase_130 () Int)
(declare-fun phase_131 () Int)
(declare-fun phase_133 () Int)
(declare-fun phase_134 () Int)
(declare-fun phase_136 () Int)
(declare-fun phase_137 () Int)
(declare-fun phase_139 () Int)
(declare-fun phase_140 () Int)
(declare-fun phase_142 () Int)
(declare-fun phase_143 () Int)
(declare-fun phase_145 () Int)
(declare-fun phase_146 () Int)
(declare-fun phase_197 () Int)
(declare-fun phase_198 () Int)
(declare-fun phase_200 () Int)
(declare-fun phase_201 () Int)
(declare-fun phase_215 () Int)
(declare-fun phase_216 () Int)
(declare-fun phase_221 () Int)
(declare-fun phase_222 () Int)
(declare-fun phase_230 () Int)
(declare-fun phase_231 () Int)
(declare-fun phase_236 () Int)
(declare-fun phase_237 () Int)
(declare-fun phase_239 () Int)
(declare-fun phase_240 () Int)
(declare-fun phase_242 () Int)
(declare-fun phase_243 () Int)
(declare-fun phase_251 () Int)
(declare-fun phase_252 () Int)
(declare-fun phase_257 () Int)
(declare-fun phase_258 () Int)
(declare-fun phase_263 () Int)
(declare-fun phase_264 () Int)
(declare-fun phase_275 () Int)
(declare-fun phase_276 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_1 2))
(assert
 (= phase_38 6))
(assert
 (= phase_39 6))
(assert
 (= phase_41 6))
(assert
 (= phase_42 6))
(assert
 (= phase_44 6))
(assert
 (= phase_45 6))
(assert
 (= phase_47 6))
(assert
 (= phase_48 6))
(assert
 (= phase_50 6))
(assert
 (= phase_51 6))
(assert
 (= phase_53 6))
(assert
 (= phase_54 6))
(assert
 (= phase_56 6))
(assert
 (= phase_57 6))
(assert
 (= phase_59 6))
(assert
 (= phase_60 6))
(assert
 (= phase_62 6))
(assert
 (= phase_63 6))
(assert
 (= phase_65 6))
(assert
 (= phase_66 6))
(assert
 (= phase_68 6))
(assert
 (= phase_69 6))
(assert
 (= phase_71 6))
(assert
 (= phase_72 6))
(assert
 (= phase_112 6))
(assert
 (= phase_113 6))
(assert
 (= phase_115 6))
(assert
 (= phase_116 6))
(assert
 (= phase_118 6))
(assert
 (= phase_119 6))
(assert
 (= phase_121 6))
(assert
 (= phase_122 6))
(assert
 (= phase_124 6))
(assert
 (= phase_125 6))
(assert
 (= phase_127 6))
(assert
 (= phase_128 6))
(assert
 (= phase_130 6))
(assert
 (= phase_131 6))
(assert
 (= phase_133 6))
(assert
 (= phase_134 6))
(assert
 (= phase_136 6))
(assert
 (= phase_137 6))
(assert
 (= phase_139 6))
(assert
 (= phase_140 6))
(assert
 (= phase_142 6))
(assert
 (= phase_143 6))
(assert
 (= phase_145 6))
(assert
 (= phase_146 6))
(assert
 (= phase_197 6))
(assert
 (= phase_198 6))
(assert
 (= phase_200 6))
(assert
 (= phase_201 6))
(assert
 (= phase_215 6))
(assert
 (= phase_216 6))
(assert
 (= phase_221 6))
(assert
 (= phase_222 6))
(assert
 (= phase_230 6))
(assert
 (= phase_231 6))
(assert
 (= phase_236 6))
(assert
 (= phase_237 6))
(assert
 (= phase_239 6))
(assert
 (= phase_240 6))
(assert
 (= phase_242 6))
(assert
 (= phase_243 6))
(assert
 (= phase_251 6))
(assert
 (= phase_252 6))
(assert
 (= phase_257 6))
(assert
 (= phase_258 6))
(assert
 (= phase_263 6))
(assert
 (= phase_264 6))
(assert
 (= phase_275 6))
(assert
 (= phase_276 6))
(assert
 (let ((?x4386 (+ phase_1 1)))
 (let (($x16735 (> ?x4386 (- 1))))
 (let ((?x98186 (ite $x16735 ?x4386 (- 1))))
 (= window_start_contents (ite (and (and true (<= (- 1) 1)) (< 1 ?x98186)) x_0 0.0))))))
(assert
 (let (($x27488 (and (distinct window_start_contents read_value) true)))
 (let (($x27570 (not (and (and true (> boundary 1)) (<= boundary 5)))))
 (let (($x27449 (or $x27570 $x27488)))
 (let (($x6070 (= read_value x_0)))
 (let (($x26457 (and (and (= read_index 194) (not false)) (= boundary (- phase_276 1)))))
 (let (($x27845 (and $x26457 $x6070)))
 (let (($x23598 (and (and (= read_index 193) (not false)) (= boundary (- phase_275 1)))))
 (let (($x23597 (and $x23598 $x6070)))
 (let (($x27409 (and (and (= read_index 186) (not false)) (= boundary (- phase_264 1)))))
 (let (($x27410 (and $x27409 $x6070)))
 (let (($x27798 (and (and (= read_index 185) (not false)) (= boundary (- phase_263 1)))))
 (let (($x27395 (and $x27798 $x6070)))
 (let (($x27399 (and (and (= read_index 182) (not false)) (= boundary (- phase_258 1)))))
 (let (($x27378 (and $x27399 $x6070)))
 (let (($x27699 (and (and (= read_index 181) (not false)) (= boundary (- phase_257 1)))))
 (let (($x27611 (and $x27699 $x6070)))
 (let (($x27331 (and (and (= read_index 178) (not false)) (= boundary (- phase_252 1)))))
 (let (($x27328 (and $x27331 $x6070)))
 (let (($x31666 (and (and (= read_index 177) (not false)) (= boundary (- phase_251 1)))))
 (let (($x10962 (and $x31666 $x6070)))
 (let (($x18936 (and (and (= read_index 172) (not false)) (= boundary (- phase_243 1)))))
 (let (($x19536 (and $x18936 $x6070)))
 (let (($x27614 (and (and (= read_index 171) (not false)) (= boundary (- phase_242 1)))))
 (let (($x18954 (and $x27614 $x6070)))
 (let (($x12629 (and (and (= read_index 170) (not false)) (= boundary (- phase_240 1)))))
 (let (($x18545 (and $x12629 $x6070)))
 (let (($x26730 (and (and (= read_index 169) (not false)) (= boundary (- phase_239 1)))))
 (let (($x29988 (and $x26730 $x6070)))
 (let (($x32798 (and (and (= read_index 168) (not false)) (= boundary (- phase_237 1)))))
 (let (($x32251 (and $x32798 $x6070)))
 (let (($x17932 (and (and (= read_index 167) (not false)) (= boundary (- phase_236 1)))))
 (let (($x21513 (and $x17932 $x6070)))
 (let (($x4560 (and (and (= read_index 164) (not false)) (= boundary (- phase_231 1)))))
 (let (($x24318 (and $x4560 $x6070)))
 (let (($x5570 (and (and (= read_index 163) (not false)) (= boundary (- phase_230 1)))))
 (let (($x31111 (and $x5570 $x6070)))
 (let (($x28093 (and (and (= read_index 158) (not false)) (= boundary (- phase_222 1)))))
 (let (($x28123 (and $x28093 $x6070)))
 (let (($x28040 (and (and (= read_index 157) (not false)) (= boundary (- phase_221 1)))))
 (let (($x28053 (and $x28040 $x6070)))
 (let (($x28029 (and (and (= read_index 154) (not false)) (= boundary (- phase_216 1)))))
 (let (($x28025 (and $x28029 $x6070)))
 (let (($x27930 (and (and (= read_index 153) (not false)) (= boundary (- phase_215 1)))))
 (let (($x27950 (and $x27930 $x6070)))
 (let (($x27904 (and (and (= read_index 144) (not false)) (= boundary (- phase_201 1)))))
 (let (($x27897 (and $x27904 $x6070)))
 (let (($x27972 (and (and (= read_index 143) (not false)) (= boundary (- phase_200 1)))))
 (let (($x27851 (and $x27972 $x6070)))
 (let (($x27882 (and (and (= read_index 142) (not false)) (= boundary (- phase_198 1)))))
 (let (($x27868 (and $x27882 $x6070)))
 (let (($x27964 (and (and (= read_index 141) (not false)) (= boundary (- phase_197 1)))))
 (let (($x27920 (and $x27964 $x6070)))
 (let (($x27829 (and (and (= read_index 108) (not false)) (= boundary (- phase_146 1)))))
 (let (($x27988 (and $x27829 $x6070)))
 (let (($x27804 (and (and (= read_index 107) (not false)) (= boundary (- phase_145 1)))))
 (let (($x27815 (and $x27804 $x6070)))
 (let (($x27796 (and (and (= read_index 106) (not false)) (= boundary (- phase_143 1)))))
 (let (($x27962 (and $x27796 $x6070)))
 (let (($x27770 (and (and (= read_index 105) (not false)) (= boundary (- phase_142 1)))))
 (let (($x27768 (and $x27770 $x6070)))
 (let (($x27749 (and (and (= read_index 104) (not false)) (= boundary (- phase_140 1)))))
 (let (($x27760 (and $x27749 $x6070)))
 (let (($x27713 (and (and (= read_index 103) (not false)) (= boundary (- phase_139 1)))))
 (let (($x27726 (and $x27713 $x6070)))
 (let (($x27708 (and (and (= read_index 102) (not false)) (= boundary (- phase_137 1)))))
 (let (($x27701 (and $x27708 $x6070)))
 (let (($x26471 (and (and (= read_index 101) (not false)) (= boundary (- phase_136 1)))))
 (let (($x28005 (and $x26471 $x6070)))
 (let (($x27548 (and (and (= read_index 100) (not false)) (= boundary (- phase_134 1)))))
 (let (($x27532 (and $x27548 $x6070)))
 (let (($x27558 (and (and (= read_index 99) (not false)) (= boundary (- phase_133 1)))))
 (let (($x27546 (and $x27558 $x6070)))
 (let (($x27640 (and (and (= read_index 98) (not false)) (= boundary (- phase_131 1)))))
 (let (($x27530 (and $x27640 $x6070)))
 (let (($x7474 (and (and (= read_index 97) (not false)) (= boundary (- phase_130 1)))))
 (let (($x27631 (and $x7474 $x6070)))
 (let (($x27454 (and (and (= read_index 96) (not false)) (= boundary (- phase_128 1)))))
 (let (($x27507 (and $x27454 $x6070)))
 (let (($x27491 (and (and (= read_index 95) (not false)) (= boundary (- phase_127 1)))))
 (let (($x27653 (and $x27491 $x6070)))
 (let (($x27484 (and (and (= read_index 94) (not false)) (= boundary (- phase_125 1)))))
 (let (($x27455 (and $x27484 $x6070)))
 (let (($x27580 (and (and (= read_index 93) (not false)) (= boundary (- phase_124 1)))))
 (let (($x27465 (and $x27580 $x6070)))
 (let (($x6875 (and (and (= read_index 92) (not false)) (= boundary (- phase_122 1)))))
 (let (($x27444 (and $x6875 $x6070)))
 (let (($x27423 (and (and (= read_index 91) (not false)) (= boundary (- phase_121 1)))))
 (let (($x27434 (and $x27423 $x6070)))
 (let (($x27415 (and (and (= read_index 90) (not false)) (= boundary (- phase_119 1)))))
 (let (($x27818 (and $x27415 $x6070)))
 (let (($x27393 (and (and (= read_index 89) (not false)) (= boundary (- phase_118 1)))))
 (let (($x27400 (and $x27393 $x6070)))
 (let (($x27602 (and (and (= read_index 88) (not false)) (= boundary (- phase_116 1)))))
 (let (($x27704 (and $x27602 $x6070)))
 (let (($x27715 (and (and (= read_index 87) (not false)) (= boundary (- phase_115 1)))))
 (let (($x27359 (and $x27715 $x6070)))
 (let (($x34036 (and (and (= read_index 86) (not false)) (= boundary (- phase_113 1)))))
 (let (($x6215 (and $x34036 $x6070)))
 (let (($x18874 (and (and (= read_index 85) (not false)) (= boundary (- phase_112 1)))))
 (let (($x17023 (and $x18874 $x6070)))
 (let (($x19820 (and (and (= read_index 60) (not false)) (= boundary (- phase_72 1)))))
 (let (($x26726 (and $x19820 $x6070)))
 (let (($x29966 (and (and (= read_index 59) (not false)) (= boundary (- phase_71 1)))))
 (let (($x28014 (and $x29966 $x6070)))
 (let (($x97531 (and (and (= read_index 58) (not false)) (= boundary (- phase_69 1)))))
 (let (($x32817 (and $x97531 $x6070)))
 (let (($x27256 (and (and (= read_index 57) (not false)) (= boundary (- phase_68 1)))))
 (let (($x30914 (and $x27256 $x6070)))
 (let (($x27661 (and (and (= read_index 56) (not false)) (= boundary (- phase_66 1)))))
 (let (($x12578 (and $x27661 $x6070)))
 (let (($x27615 (and (and (= read_index 55) (not false)) (= boundary (- phase_65 1)))))
 (let (($x27684 (and $x27615 $x6070)))
 (let (($x12466 (and (and (= read_index 54) (not false)) (= boundary (- phase_63 1)))))
 (let (($x27261 (and $x12466 $x6070)))
 (let (($x19172 (and (and (= read_index 53) (not false)) (= boundary (- phase_62 1)))))
 (let (($x27286 (and $x19172 $x6070)))
 (let (($x19628 (and (and (= read_index 52) (not false)) (= boundary (- phase_60 1)))))
 (let (($x17089 (and $x19628 $x6070)))
 (let (($x10967 (and (and (= read_index 51) (not false)) (= boundary (- phase_59 1)))))
 (let (($x34001 (and $x10967 $x6070)))
 (let (($x12706 (and (and (= read_index 50) (not false)) (= boundary (- phase_57 1)))))
 (let (($x34031 (and $x12706 $x6070)))
 (let (($x33083 (and (and (= read_index 49) (not false)) (= boundary (- phase_56 1)))))
 (let (($x27600 (and $x33083 $x6070)))
 (let (($x32614 (and (and (= read_index 48) (not false)) (= boundary (- phase_54 1)))))
 (let (($x32889 (and $x32614 $x6070)))
 (let (($x98129 (and (and (= read_index 47) (not false)) (= boundary (- phase_53 1)))))
 (let (($x98192 (and $x98129 $x6070)))
 (let (($x96425 (and (and (= read_index 46) (not false)) (= boundary (- phase_51 1)))))
 (let (($x96434 (and $x96425 $x6070)))
 (let (($x94817 (and (and (= read_index 45) (not false)) (= boundary (- phase_50 1)))))
 (let (($x94856 (and $x94817 $x6070)))
 (let (($x90897 (and (and (= read_index 44) (not false)) (= boundary (- phase_48 1)))))
 (let (($x90910 (and $x90897 $x6070)))
 (let (($x46956 (and (and (= read_index 43) (not false)) (= boundary (- phase_47 1)))))
 (let (($x47124 (and $x46956 $x6070)))
 (let (($x36969 (and (and (= read_index 42) (not false)) (= boundary (- phase_45 1)))))
 (let (($x37060 (and $x36969 $x6070)))
 (let (($x29151 (and (and (= read_index 41) (not false)) (= boundary (- phase_44 1)))))
 (let (($x33727 (and $x29151 $x6070)))
 (let (($x20657 (and (and (= read_index 40) (not false)) (= boundary (- phase_42 1)))))
 (let (($x21148 (and $x20657 $x6070)))
 (let (($x15093 (and (and (= read_index 39) (not false)) (= boundary (- phase_41 1)))))
 (let (($x16052 (and $x15093 $x6070)))
 (let (($x7507 (and (and (= read_index 38) (not false)) (= boundary (- phase_39 1)))))
 (let (($x8897 (and $x7507 $x6070)))
 (let (($x1926 (and (and (= read_index 37) (not false)) (= boundary (- phase_38 1)))))
 (let (($x2390 (and $x1926 $x6070)))
 (let (($x27494 (or $x2390 $x8897 $x16052 $x21148 $x33727 $x37060 $x47124 $x90910 $x94856 $x96434 $x98192 $x32889 $x27600 $x34031 $x34001 $x17089 $x27286 $x27261 $x27684 $x12578 $x30914 $x32817 $x28014 $x26726 $x17023 $x6215 $x27359 $x27704 $x27400 $x27818 $x27434 $x27444 $x27465 $x27455 $x27653 $x27507 $x27631 $x27530 $x27546 $x27532 $x28005 $x27701 $x27726 $x27760 $x27768 $x27962 $x27815 $x27988 $x27920 $x27868 $x27851 $x27897 $x27950 $x28025 $x28053 $x28123 $x31111 $x24318 $x21513 $x32251 $x29988 $x18545 $x18954 $x19536 $x10962 $x27328 $x27611 $x27378 $x27395 $x27410 $x23597 $x27845)))
 (and $x27494 $x27449)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
