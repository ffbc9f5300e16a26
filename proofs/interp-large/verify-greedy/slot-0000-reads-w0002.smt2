(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_105 () Int)
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
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_105 10))
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
 (let ((?x5399 (+ phase_105 1)))
 (let (($x28946 (> ?x5399 (- 1))))
 (let ((?x196939 (ite $x28946 ?x5399 (- 1))))
 (= window_start_contents (ite (and (and true (<= (- 1) 9)) (< 9 ?x196939)) x_0 0.0))))))
(assert
 (let (($x199682 (and (distinct window_start_contents read_value) true)))
 (let (($x173209 (not (and (and true (> boundary 9)) (<= boundary 11)))))
 (let (($x192729 (or $x173209 $x199682)))
 (let (($x41424 (= read_value x_0)))
 (let (($x87195 (and (and (= read_index 241) (not false)) (= boundary (- phase_816 1)))))
 (let (($x175088 (and $x87195 $x41424)))
 (let (($x166061 (and (and (= read_index 240) (not false)) (= boundary (- phase_815 1)))))
 (let (($x166073 (and $x166061 $x41424)))
 (let (($x89700 (and (and (= read_index 239) (not false)) (= boundary (- phase_814 1)))))
 (let (($x208719 (and $x89700 $x41424)))
 (let (($x144655 (and (and (= read_index 238) (not false)) (= boundary (- phase_813 1)))))
 (let (($x190010 (and $x144655 $x41424)))
 (let (($x203578 (and (and (= read_index 237) (not false)) (= boundary (- phase_812 1)))))
 (let (($x98853 (and $x203578 $x41424)))
 (let (($x115245 (and (and (= read_index 236) (not false)) (= boundary (- phase_811 1)))))
 (let (($x99241 (and $x115245 $x41424)))
 (let (($x44803 (and (and (= read_index 235) (not false)) (= boundary (- phase_810 1)))))
 (let (($x115611 (and $x44803 $x41424)))
 (let (($x56667 (and (and (= read_index 234) (not false)) (= boundary (- phase_809 1)))))
 (let (($x138776 (and $x56667 $x41424)))
 (let (($x190051 (and (and (= read_index 233) (not false)) (= boundary (- phase_808 1)))))
 (let (($x56998 (and $x190051 $x41424)))
 (let (($x176339 (and (and (= read_index 232) (not false)) (= boundary (- phase_807 1)))))
 (let (($x137114 (and $x176339 $x41424)))
 (let (($x2807 (and (and (= read_index 231) (not false)) (= boundary (- phase_806 1)))))
 (let (($x12040 (and $x2807 $x41424)))
 (let (($x104836 (and (and (= read_index 230) (not false)) (= boundary (- phase_805 1)))))
 (let (($x67489 (and $x104836 $x41424)))
 (let (($x209057 (and (and (= read_index 229) (not false)) (= boundary (- phase_804 1)))))
 (let (($x131687 (and $x209057 $x41424)))
 (let (($x105645 (and (and (= read_index 228) (not false)) (= boundary (- phase_803 1)))))
 (let (($x162547 (and $x105645 $x41424)))
 (let (($x184687 (and (and (= read_index 227) (not false)) (= boundary (- phase_802 1)))))
 (let (($x199896 (and $x184687 $x41424)))
 (let (($x203786 (and (and (= read_index 226) (not false)) (= boundary (- phase_801 1)))))
 (let (($x9483 (and $x203786 $x41424)))
 (let (($x164525 (and (and (= read_index 225) (not false)) (= boundary (- phase_800 1)))))
 (let (($x95378 (and $x164525 $x41424)))
 (let (($x165535 (and (and (= read_index 224) (not false)) (= boundary (- phase_799 1)))))
 (let (($x89806 (and $x165535 $x41424)))
 (let (($x136533 (and (and (= read_index 223) (not false)) (= boundary (- phase_798 1)))))
 (let (($x238629 (and $x136533 $x41424)))
 (let (($x18600 (and (and (= read_index 222) (not false)) (= boundary (- phase_797 1)))))
 (let (($x183495 (and $x18600 $x41424)))
 (let (($x58141 (and (and (= read_index 221) (not false)) (= boundary (- phase_796 1)))))
 (let (($x127390 (and $x58141 $x41424)))
 (let (($x79524 (and (and (= read_index 220) (not false)) (= boundary (- phase_795 1)))))
 (let (($x107317 (and $x79524 $x41424)))
 (let (($x147268 (and (and (= read_index 219) (not false)) (= boundary (- phase_794 1)))))
 (let (($x103511 (and $x147268 $x41424)))
 (let (($x208741 (and (and (= read_index 218) (not false)) (= boundary (- phase_793 1)))))
 (let (($x191317 (and $x208741 $x41424)))
 (let (($x58140 (and (and (= read_index 217) (not false)) (= boundary (- phase_792 1)))))
 (let (($x107482 (and $x58140 $x41424)))
 (let (($x203785 (and (and (= read_index 216) (not false)) (= boundary (- phase_791 1)))))
 (let (($x111000 (and $x203785 $x41424)))
 (let (($x184449 (and (and (= read_index 215) (not false)) (= boundary (- phase_790 1)))))
 (let (($x114859 (and $x184449 $x41424)))
 (let (($x63822 (and (and (= read_index 214) (not false)) (= boundary (- phase_789 1)))))
 (let (($x112993 (and $x63822 $x41424)))
 (let (($x176409 (and (and (= read_index 213) (not false)) (= boundary (- phase_788 1)))))
 (let (($x238487 (and $x176409 $x41424)))
 (let (($x51780 (and (and (= read_index 212) (not false)) (= boundary (- phase_787 1)))))
 (let (($x176374 (and $x51780 $x41424)))
 (let (($x169745 (and (and (= read_index 211) (not false)) (= boundary (- phase_786 1)))))
 (let (($x192336 (and $x169745 $x41424)))
 (let (($x74984 (and (and (= read_index 210) (not false)) (= boundary (- phase_785 1)))))
 (let (($x203607 (and $x74984 $x41424)))
 (let (($x140652 (and (and (= read_index 209) (not false)) (= boundary (- phase_784 1)))))
 (let (($x209068 (and $x140652 $x41424)))
 (let (($x120217 (and (and (= read_index 208) (not false)) (= boundary (- phase_783 1)))))
 (let (($x170417 (and $x120217 $x41424)))
 (let (($x75756 (and (and (= read_index 207) (not false)) (= boundary (- phase_782 1)))))
 (let (($x112241 (and $x75756 $x41424)))
 (let (($x137438 (and (and (= read_index 206) (not false)) (= boundary (- phase_781 1)))))
 (let (($x113990 (and $x137438 $x41424)))
 (let (($x35907 (and (and (= read_index 133) (not false)) (= boundary (- phase_244 1)))))
 (let (($x39309 (and $x35907 $x41424)))
 (let (($x71316 (and (and (= read_index 132) (not false)) (= boundary (- phase_243 1)))))
 (let (($x183454 (and $x71316 $x41424)))
 (let (($x119125 (and (and (= read_index 131) (not false)) (= boundary (- phase_242 1)))))
 (let (($x128772 (and $x119125 $x41424)))
 (let (($x184602 (and (and (= read_index 130) (not false)) (= boundary (- phase_241 1)))))
 (let (($x90481 (and $x184602 $x41424)))
 (let (($x137386 (and (and (= read_index 129) (not false)) (= boundary (- phase_240 1)))))
 (let (($x26501 (and $x137386 $x41424)))
 (let (($x12229 (and (and (= read_index 128) (not false)) (= boundary (- phase_239 1)))))
 (let (($x209002 (and $x12229 $x41424)))
 (let (($x59804 (and (and (= read_index 127) (not false)) (= boundary (- phase_238 1)))))
 (let (($x43167 (and $x59804 $x41424)))
 (let (($x144155 (and (and (= read_index 126) (not false)) (= boundary (- phase_237 1)))))
 (let (($x159008 (and $x144155 $x41424)))
 (let (($x137291 (and (and (= read_index 125) (not false)) (= boundary (- phase_236 1)))))
 (let (($x77655 (and $x137291 $x41424)))
 (let (($x183575 (and (and (= read_index 124) (not false)) (= boundary (- phase_235 1)))))
 (let (($x135945 (and $x183575 $x41424)))
 (let (($x188489 (and (and (= read_index 123) (not false)) (= boundary (- phase_234 1)))))
 (let (($x74468 (and $x188489 $x41424)))
 (let (($x196453 (and (and (= read_index 122) (not false)) (= boundary (- phase_233 1)))))
 (let (($x203837 (and $x196453 $x41424)))
 (let (($x166033 (and (and (= read_index 121) (not false)) (= boundary (- phase_232 1)))))
 (let (($x174487 (and $x166033 $x41424)))
 (let (($x129816 (and (and (= read_index 120) (not false)) (= boundary (- phase_231 1)))))
 (let (($x137611 (and $x129816 $x41424)))
 (let (($x100700 (and (and (= read_index 119) (not false)) (= boundary (- phase_230 1)))))
 (let (($x104372 (and $x100700 $x41424)))
 (let (($x55756 (and (and (= read_index 118) (not false)) (= boundary (- phase_229 1)))))
 (let (($x64638 (and $x55756 $x41424)))
 (let (($x130652 (or $x64638 $x104372 $x137611 $x174487 $x203837 $x74468 $x135945 $x77655 $x159008 $x43167 $x209002 $x26501 $x90481 $x128772 $x183454 $x39309 $x113990 $x112241 $x170417 $x209068 $x203607 $x192336 $x176374 $x238487 $x112993 $x114859 $x111000 $x107482 $x191317 $x103511 $x107317 $x127390 $x183495 $x238629 $x89806 $x95378 $x9483 $x199896 $x162547 $x131687 $x67489 $x12040 $x137114 $x56998 $x138776 $x115611 $x99241 $x98853 $x190010 $x208719 $x166073 $x175088)))
 (and $x130652 $x192729)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
