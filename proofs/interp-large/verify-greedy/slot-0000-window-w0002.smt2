(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_105 () Int)
(declare-fun phase_106 () Int)
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
(declare-fun phase_172 () Int)
(declare-fun phase_173 () Int)
(declare-fun phase_175 () Int)
(declare-fun phase_176 () Int)
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
(declare-fun phase_239 () Int)
(declare-fun phase_240 () Int)
(declare-fun phase_241 () Int)
(declare-fun phase_242 () Int)
(declare-fun phase_243 () Int)
(declare-fun phase_244 () Int)
(declare-fun phase_781 () Int)
(declare-fun phase_782 () Int)
(declare-fun phase_783 () Int)
(declare-fun phase_784 () Int)
(declare-fun phase_785 () Int)
(declare-fun phase_786 () Int)
(declare-fun phase_787 () Int)
(declare-fun phase_788 () Int)
(declare-fun phase_789 () Int)
(declare-fun phase_790 () Int)
(declare-fun phase_791 () Int)
(declare-fun phase_792 () Int)
(declare-fun phase_793 () Int)
(declare-fun phase_794 () Int)
(declare-fun phase_795 () Int)
(declare-fun phase_796 () Int)
(declare-fun phase_797 () Int)
(declare-fun phase_798 () Int)
(declare-fun phase_799 () Int)
(declare-fun phase_800 () Int)
(declare-fun phase_801 () Int)
(declare-fun phase_802 () Int)
(declare-fun phase_803 () Int)
(declare-fun phase_804 () Int)
(declare-fun phase_805 () Int)
(declare-fun phase_806 () Int)
(declare-fun phase_807 () Int)
(declare-fun phase_808 () Int)
(declare-fun phase_809 () Int)
(declare-fun phase_810 () Int)
(declare-fun phase_811 () Int)
(declare-fun phase_812 () Int)
(declare-fun phase_813 () Int)
(declare-fun phase_814 () Int)
(declare-fun phase_815 () Int)
(declare-fun phase_816 () Int)
(declare-fun phase_952 () Int)
(declare-fun phase_953 () Int)
(declare-fun phase_974 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_105 10))
(assert
 (= phase_106 10))
(assert
 (= phase_137 10))
(assert
 (= phase_138 10))
(assert
 (= phase_139 10))
(assert
 (= phase_141 10))
(assert
 (= phase_142 10))
(assert
 (= phase_143 10))
(assert
 (= phase_145 10))
(assert
 (= phase_146 10))
(assert
 (= phase_147 10))
(assert
 (= phase_149 10))
(assert
 (= phase_150 10))
(assert
 (= phase_151 10))
(assert
 (= phase_153 10))
(assert
 (= phase_154 10))
(assert
 (= phase_155 10))
(assert
 (= phase_157 10))
(assert
 (= phase_158 10))
(assert
 (= phase_159 10))
(assert
 (= phase_161 10))
(assert
 (= phase_162 10))
(assert
 (= phase_163 10))
(assert
 (= phase_165 10))
(assert
 (= phase_166 10))
(assert
 (= phase_167 10))
(assert
 (= phase_172 10))
(assert
 (= phase_173 10))
(assert
 (= phase_175 10))
(assert
 (= phase_176 10))
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
 (= phase_239 12))
(assert
 (= phase_240 12))
(assert
 (= phase_241 12))
(assert
 (= phase_242 12))
(assert
 (= phase_243 12))
(assert
 (= phase_244 12))
(assert
 (= phase_781 12))
(assert
 (= phase_782 12))
(assert
 (= phase_783 12))
(assert
 (= phase_784 12))
(assert
 (= phase_785 12))
(assert
 (= phase_786 12))
(assert
 (= phase_787 12))
(assert
 (= phase_788 12))
(assert
 (= phase_789 12))
(assert
 (= phase_790 12))
(assert
 (= phase_791 12))
(assert
 (= phase_792 12))
(assert
 (= phase_793 12))
(assert
 (= phase_794 12))
(assert
 (= phase_795 12))
(assert
 (= phase_796 12))
(assert
 (= phase_797 12))
(assert
 (= phase_798 12))
(assert
 (= phase_799 12))
(assert
 (= phase_800 12))
(assert
 (= phase_801 12))
(assert
 (= phase_802 12))
(assert
 (= phase_803 12))
(assert
 (= phase_804 12))
(assert
 (= phase_805 12))
(assert
 (= phase_806 12))
(assert
 (= phase_807 12))
(assert
 (= phase_808 12))
(assert
 (= phase_809 12))
(assert
 (= phase_810 12))
(assert
 (= phase_811 12))
(assert
 (= phase_812 12))
(assert
 (= phase_813 12))
(assert
 (= phase_814 12))
(assert
 (= phase_815 12))
(assert
 (= phase_816 12))
(assert
 (= phase_952 10))
(assert
 (= phase_953 10))
(assert
 (= phase_974 10))
(assert
 (let ((?x5374 (+ phase_105 1)))
 (let (($x38558 (> ?x5374 (- 1))))
 (let ((?x48729 (ite $x38558 ?x5374 (- 1))))
 (= window_start_contents (ite (and (and true (<= (- 1) 9)) (< 9 ?x48729)) x_0 0.0))))))
(assert
 (let (($x285009 (and (distinct window_start_contents read_value) true)))
 (let (($x29111 (or (not (and (and true (> boundary 9)) (<= boundary 11))) $x285009)))
 (let (($x60418 (= read_value x_0)))
 (let (($x143007 (and (and (= read_index 241) (not false)) (= boundary (- phase_816 1)))))
 (let (($x85678 (and (and (= read_index 240) (not false)) (= boundary (- phase_815 1)))))
 (let (($x110262 (and (and (= read_index 239) (not false)) (= boundary (- phase_814 1)))))
 (let (($x127184 (and (and (= read_index 238) (not false)) (= boundary (- phase_813 1)))))
 (let (($x286658 (and (and (= read_index 237) (not false)) (= boundary (- phase_812 1)))))
 (let (($x157032 (and (and (= read_index 236) (not false)) (= boundary (- phase_811 1)))))
 (let (($x126370 (and (and (= read_index 235) (not false)) (= boundary (- phase_810 1)))))
 (let (($x192028 (and (and (= read_index 234) (not false)) (= boundary (- phase_809 1)))))
 (let (($x34688 (and (and (= read_index 233) (not false)) (= boundary (- phase_808 1)))))
 (let (($x202795 (and (and (= read_index 232) (not false)) (= boundary (- phase_807 1)))))
 (let (($x62983 (and (and (= read_index 231) (not false)) (= boundary (- phase_806 1)))))
 (let (($x84617 (and (and (= read_index 230) (not false)) (= boundary (- phase_805 1)))))
 (let (($x135410 (and (and (= read_index 229) (not false)) (= boundary (- phase_804 1)))))
 (let (($x207922 (and (and (= read_index 228) (not false)) (= boundary (- phase_803 1)))))
 (let (($x156946 (and (and (= read_index 227) (not false)) (= boundary (- phase_802 1)))))
 (let (($x13686 (and (and (= read_index 226) (not false)) (= boundary (- phase_801 1)))))
 (let (($x91391 (and (and (= read_index 225) (not false)) (= boundary (- phase_800 1)))))
 (let (($x193121 (and (and (= read_index 224) (not false)) (= boundary (- phase_799 1)))))
 (let (($x191920 (and (and (= read_index 223) (not false)) (= boundary (- phase_798 1)))))
 (let (($x197606 (and (and (= read_index 222) (not false)) (= boundary (- phase_797 1)))))
 (let (($x136016 (and (and (= read_index 221) (not false)) (= boundary (- phase_796 1)))))
 (let (($x56433 (and (and (= read_index 220) (not false)) (= boundary (- phase_795 1)))))
 (let (($x167232 (and (and (= read_index 219) (not false)) (= boundary (- phase_794 1)))))
 (let (($x132180 (and (and (= read_index 218) (not false)) (= boundary (- phase_793 1)))))
 (let (($x13486 (and (and (= read_index 217) (not false)) (= boundary (- phase_792 1)))))
 (let (($x89181 (and (and (= read_index 216) (not false)) (= boundary (- phase_791 1)))))
 (let (($x131825 (and (and (= read_index 215) (not false)) (= boundary (- phase_790 1)))))
 (let (($x131867 (and (and (= read_index 214) (not false)) (= boundary (- phase_789 1)))))
 (let (($x132255 (and (and (= read_index 213) (not false)) (= boundary (- phase_788 1)))))
 (let (($x44603 (and (and (= read_index 212) (not false)) (= boundary (- phase_787 1)))))
 (let (($x91483 (and (and (= read_index 211) (not false)) (= boundary (- phase_786 1)))))
 (let (($x26708 (and (and (= read_index 210) (not false)) (= boundary (- phase_785 1)))))
 (let (($x199080 (and (and (= read_index 209) (not false)) (= boundary (- phase_784 1)))))
 (let (($x179196 (and (and (= read_index 208) (not false)) (= boundary (- phase_783 1)))))
 (let (($x124578 (and (and (= read_index 207) (not false)) (= boundary (- phase_782 1)))))
 (let (($x167516 (and (and (= read_index 206) (not false)) (= boundary (- phase_781 1)))))
 (let (($x197614 (and (and (= read_index 133) (not false)) (= boundary (- phase_244 1)))))
 (let (($x199084 (and (and (= read_index 132) (not false)) (= boundary (- phase_243 1)))))
 (let (($x128085 (and (and (= read_index 131) (not false)) (= boundary (- phase_242 1)))))
 (let (($x56141 (and (and (= read_index 130) (not false)) (= boundary (- phase_241 1)))))
 (let (($x202881 (and (and (= read_index 129) (not false)) (= boundary (- phase_240 1)))))
 (let (($x35407 (and (and (= read_index 128) (not false)) (= boundary (- phase_239 1)))))
 (let (($x12740 (and (and (= read_index 127) (not false)) (= boundary (- phase_238 1)))))
 (let (($x60129 (and (and (= read_index 126) (not false)) (= boundary (- phase_237 1)))))
 (let (($x91472 (and (and (= read_index 125) (not false)) (= boundary (- phase_236 1)))))
 (let (($x3883 (and (and (= read_index 124) (not false)) (= boundary (- phase_235 1)))))
 (let (($x14042 (and (and (= read_index 123) (not false)) (= boundary (- phase_234 1)))))
 (let (($x186967 (and (and (= read_index 122) (not false)) (= boundary (- phase_233 1)))))
 (let (($x128179 (and (and (= read_index 121) (not false)) (= boundary (- phase_232 1)))))
 (let (($x35799 (and (and (= read_index 120) (not false)) (= boundary (- phase_231 1)))))
 (let (($x100005 (and (and (= read_index 119) (not false)) (= boundary (- phase_230 1)))))
 (let (($x15998 (and (and (= read_index 118) (not false)) (= boundary (- phase_229 1)))))
 (let (($x186411 (or (and $x15998 $x60418) (and $x100005 $x60418) (and $x35799 $x60418) (and $x128179 $x60418) (and $x186967 $x60418) (and $x14042 $x60418) (and $x3883 $x60418) (and $x91472 $x60418) (and $x60129 $x60418) (and $x12740 $x60418) (and $x35407 $x60418) (and $x202881 $x60418) (and $x56141 $x60418) (and $x128085 $x60418) (and $x199084 $x60418) (and $x197614 $x60418) (and $x167516 $x60418) (and $x124578 $x60418) (and $x179196 $x60418) (and $x199080 $x60418) (and $x26708 $x60418) (and $x91483 $x60418) (and $x44603 $x60418) (and $x132255 $x60418) (and $x131867 $x60418) (and $x131825 $x60418) (and $x89181 $x60418) (and $x13486 $x60418) (and $x132180 $x60418) (and $x167232 $x60418) (and $x56433 $x60418) (and $x136016 $x60418) (and $x197606 $x60418) (and $x191920 $x60418) (and $x193121 $x60418) (and $x91391 $x60418) (and $x13686 $x60418) (and $x156946 $x60418) (and $x207922 $x60418) (and $x135410 $x60418) (and $x84617 $x60418) (and $x62983 $x60418) (and $x202795 $x60418) (and $x34688 $x60418) (and $x192028 $x60418) (and $x126370 $x60418) (and $x157032 $x60418) (and $x286658 $x60418) (and $x127184 $x60418) (and $x110262 $x60418) (and $x85678 $x60418) (and $x143007 $x60418))))
 (let (($x127727 (and $x186411 $x29111)))
 (let ((?x5374 (+ phase_105 1)))
 (let (($x38558 (> ?x5374 (- 1))))
 (let ((?x48729 (ite $x38558 ?x5374 (- 1))))
 (let ((?x19223 (+ phase_106 1)))
 (let (($x93010 (> ?x19223 ?x48729)))
 (let ((?x102470 (ite $x93010 ?x19223 ?x48729)))
 (let ((?x19042 (+ phase_137 1)))
 (let (($x119027 (> ?x19042 ?x102470)))
 (let ((?x126508 (ite $x119027 ?x19042 ?x102470)))
 (let ((?x5378 (+ phase_138 1)))
 (let (($x130123 (> ?x5378 ?x126508)))
 (let ((?x135751 (ite $x130123 ?x5378 ?x126508)))
 (let ((?x19215 (+ phase_139 1)))
 (let (($x191757 (> ?x19215 ?x135751)))
 (let ((?x191781 (ite $x191757 ?x19215 ?x135751)))
 (let ((?x19294 (+ phase_141 1)))
 (let (($x191792 (> ?x19294 ?x191781)))
 (let ((?x191936 (ite $x191792 ?x19294 ?x191781)))
 (let ((?x5363 (+ phase_142 1)))
 (let (($x192890 (> ?x5363 ?x191936)))
 (let ((?x192947 (ite $x192890 ?x5363 ?x191936)))
 (let ((?x19320 (+ phase_143 1)))
 (let (($x192968 (> ?x19320 ?x192947)))
 (let ((?x193010 (ite $x192968 ?x19320 ?x192947)))
 (let ((?x5355 (+ phase_145 1)))
 (let (($x193051 (> ?x5355 ?x193010)))
 (let ((?x193166 (ite $x193051 ?x5355 ?x193010)))
 (let ((?x5348 (+ phase_146 1)))
 (let (($x193322 (> ?x5348 ?x193166)))
 (let ((?x193372 (ite $x193322 ?x5348 ?x193166)))
 (let ((?x5345 (+ phase_147 1)))
 (let (($x193391 (> ?x5345 ?x193372)))
 (let ((?x195587 (ite $x193391 ?x5345 ?x193372)))
 (let ((?x5339 (+ phase_149 1)))
 (let (($x195676 (> ?x5339 ?x195587)))
 (let ((?x195803 (ite $x195676 ?x5339 ?x195587)))
 (let ((?x5234 (+ phase_150 1)))
 (let (($x195818 (> ?x5234 ?x195803)))
 (let ((?x195844 (ite $x195818 ?x5234 ?x195803)))
 (let ((?x5289 (+ phase_151 1)))
 (let (($x195886 (> ?x5289 ?x195844)))
 (let ((?x195969 (ite $x195886 ?x5289 ?x195844)))
 (let ((?x5320 (+ phase_153 1)))
 (let (($x196016 (> ?x5320 ?x195969)))
 (let ((?x211670 (ite $x196016 ?x5320 ?x195969)))
 (let ((?x5313 (+ phase_154 1)))
 (let (($x235016 (> ?x5313 ?x211670)))
 (let ((?x248132 (ite $x235016 ?x5313 ?x211670)))
 (let ((?x5308 (+ phase_155 1)))
 (let (($x126784 (> ?x5308 ?x248132)))
 (let ((?x163819 (ite $x126784 ?x5308 ?x248132)))
 (let ((?x5301 (+ phase_157 1)))
 (let (($x179187 (> ?x5301 ?x163819)))
 (let ((?x199141 (ite $x179187 ?x5301 ?x163819)))
 (let ((?x5298 (+ phase_158 1)))
 (let (($x179212 (> ?x5298 ?x199141)))
 (let ((?x112424 (ite $x179212 ?x5298 ?x199141)))
 (let ((?x5291 (+ phase_159 1)))
 (let (($x193473 (> ?x5291 ?x112424)))
 (let ((?x192036 (ite $x193473 ?x5291 ?x112424)))
 (let ((?x5185 (+ phase_161 1)))
 (let (($x193449 (> ?x5185 ?x192036)))
 (let ((?x148490 (ite $x193449 ?x5185 ?x192036)))
 (let ((?x5237 (+ phase_162 1)))
 (let (($x193142 (> ?x5237 ?x148490)))
 (let ((?x195753 (ite $x193142 ?x5237 ?x148490)))
 (let ((?x5272 (+ phase_163 1)))
 (let (($x197641 (> ?x5272 ?x195753)))
 (let ((?x132248 (ite $x197641 ?x5272 ?x195753)))
 (let ((?x26261 (+ phase_165 1)))
 (let (($x132247 (> ?x26261 ?x132248)))
 (let ((?x95260 (ite $x132247 ?x26261 ?x132248)))
 (let ((?x5267 (+ phase_166 1)))
 (let (($x53831 (> ?x5267 ?x95260)))
 (let ((?x22992 (ite $x53831 ?x5267 ?x95260)))
 (let ((?x795 (+ phase_167 1)))
 (let (($x188926 (> ?x795 ?x22992)))
 (let ((?x164414 (ite $x188926 ?x795 ?x22992)))
 (let ((?x5253 (+ phase_172 1)))
 (let (($x164467 (> ?x5253 ?x164414)))
 (let ((?x188851 (ite $x164467 ?x5253 ?x164414)))
 (let ((?x5246 (+ phase_173 1)))
 (let (($x164376 (> ?x5246 ?x188851)))
 (let ((?x164094 (ite $x164376 ?x5246 ?x188851)))
 (let ((?x5243 (+ phase_175 1)))
 (let (($x188897 (> ?x5243 ?x164094)))
 (let ((?x149831 (ite $x188897 ?x5243 ?x164094)))
 (let ((?x5189 (+ phase_176 1)))
 (let (($x11269 (> ?x5189 ?x149831)))
 (let ((?x188860 (ite $x11269 ?x5189 ?x149831)))
 (let ((?x8797 (+ phase_952 1)))
 (let (($x173453 (> ?x8797 ?x188860)))
 (let ((?x196188 (ite $x173453 ?x8797 ?x188860)))
 (let ((?x12058 (+ phase_953 1)))
 (let (($x135378 (> ?x12058 ?x196188)))
 (let ((?x107232 (ite $x135378 ?x12058 ?x196188)))
 (let ((?x8817 (+ phase_974 1)))
 (let (($x179291 (> ?x8817 ?x107232)))
 (let ((?x188853 (ite $x179291 ?x8817 ?x107232)))
 (let ((?x29303 (+ phase_229 1)))
 (let (($x42495 (<= (- 1) boundary)))
 (let (($x42644 (and true $x42495)))
 (let ((?x86243 (ite (and $x42644 (< boundary (ite (> ?x29303 ?x188853) ?x29303 ?x188853))) x_0 0.0)))
 (let (($x179229 (and (distinct window_start_contents ?x86243) true)))
 (let (($x29314 (<= boundary 11)))
 (let (($x12117 (> boundary 9)))
 (let (($x120075 (and true $x12117)))
 (let (($x118112 (and $x120075 $x29314)))
 (let (($x53088 (<= boundary 51)))
 (let (($x39646 (>= boundary (- 1))))
 (let (($x52499 (and (= boundary (+ (* 2 boundary_half) 1)) $x39646)))
 (let (($x53179 (and $x52499 $x53088)))
 (let (($x179308 (and $x53179 $x118112)))
 (let (($x132146 (and $x179308 $x179229)))
 (or $x132146 $x127727)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
