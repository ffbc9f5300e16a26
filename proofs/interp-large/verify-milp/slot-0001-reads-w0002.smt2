(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_1 () Int)
(declare-fun phase_2 () Int)
(declare-fun phase_12 () Int)
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
(declare-fun phase_425 () Int)
(declare-fun phase_426 () Int)
(declare-fun phase_427 () Int)
(declare-fun phase_428 () Int)
(declare-fun phase_429 () Int)
(declare-fun phase_430 () Int)
(declare-fun phase_431 () Int)
(declare-fun phase_432 () Int)
(declare-fun phase_549 () Int)
(declare-fun phase_550 () Int)
(declare-fun phase_551 () Int)
(declare-fun phase_552 () Int)
(declare-fun phase_553 () Int)
(declare-fun phase_554 () Int)
(declare-fun phase_555 () Int)
(declare-fun phase_556 () Int)
(declare-fun phase_701 () Int)
(declare-fun phase_702 () Int)
(declare-fun phase_703 () Int)
(declare-fun phase_704 () Int)
(declare-fun phase_705 () Int)
(declare-fun phase_706 () Int)
(declare-fun phase_707 () Int)
(declare-fun phase_708 () Int)
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
(declare-fun x_1 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_1 2))
(assert
 (= phase_2 2))
(assert
 (= phase_12 4))
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
 (= phase_425 44))
(assert
 (= phase_426 44))
(assert
 (= phase_427 44))
(assert
 (= phase_428 44))
(assert
 (= phase_429 44))
(assert
 (= phase_430 44))
(assert
 (= phase_431 44))
(assert
 (= phase_432 44))
(assert
 (= phase_549 44))
(assert
 (= phase_550 44))
(assert
 (= phase_551 44))
(assert
 (= phase_552 44))
(assert
 (= phase_553 44))
(assert
 (= phase_554 44))
(assert
 (= phase_555 44))
(assert
 (= phase_556 44))
(assert
 (= phase_701 44))
(assert
 (= phase_702 44))
(assert
 (= phase_703 44))
(assert
 (= phase_704 44))
(assert
 (= phase_705 44))
(assert
 (= phase_706 44))
(assert
 (= phase_707 44))
(assert
 (= phase_708 44))
(assert
 (= phase_781 12))
(assert
 (= phase_782 12))
(assert
 (= phase_783 16))
(assert
 (= phase_784 20))
(assert
 (= phase_785 24))
(assert
 (= phase_786 28))
(assert
 (= phase_787 32))
(assert
 (= phase_788 36))
(assert
 (= phase_789 12))
(assert
 (= phase_790 16))
(assert
 (= phase_791 20))
(assert
 (= phase_792 24))
(assert
 (= phase_793 28))
(assert
 (= phase_794 32))
(assert
 (= phase_795 36))
(assert
 (= phase_796 16))
(assert
 (= phase_797 20))
(assert
 (= phase_798 24))
(assert
 (= phase_799 28))
(assert
 (= phase_800 32))
(assert
 (= phase_801 36))
(assert
 (= phase_802 20))
(assert
 (= phase_803 24))
(assert
 (= phase_804 28))
(assert
 (= phase_805 32))
(assert
 (= phase_806 36))
(assert
 (= phase_807 24))
(assert
 (= phase_808 28))
(assert
 (= phase_809 32))
(assert
 (= phase_810 36))
(assert
 (= phase_811 28))
(assert
 (= phase_812 32))
(assert
 (= phase_813 36))
(assert
 (= phase_814 32))
(assert
 (= phase_815 36))
(assert
 (= phase_816 36))
(assert
 (let ((?x228684 (ite (and (and true (<= (- 1) 27)) (< 27 536870911)) x_1 0.0)))
 (= window_start_contents ?x228684)))
(assert
 (let (($x33677 (and (distinct window_start_contents read_value) true)))
 (let (($x191986 (> boundary 27)))
 (let (($x64905 (and true $x191986)))
 (let (($x160044 (not $x64905)))
 (let (($x173268 (or $x160044 $x33677)))
 (let (($x194872 (= read_value x_1)))
 (let (($x42275 (and (and (= read_index 78) (not false)) (= boundary (- phase_816 1)))))
 (let (($x49388 (and $x42275 $x194872)))
 (let (($x44837 (and (and (= read_index 77) (not false)) (= boundary (- phase_815 1)))))
 (let (($x132863 (and $x44837 $x194872)))
 (let (($x62317 (and (and (= read_index 76) (not false)) (= boundary (- phase_814 1)))))
 (let (($x186126 (and $x62317 $x194872)))
 (let (($x165038 (and (and (= read_index 75) (not false)) (= boundary (- phase_813 1)))))
 (let (($x151374 (and $x165038 $x194872)))
 (let (($x196297 (and (and (= read_index 74) (not false)) (= boundary (- phase_812 1)))))
 (let (($x22980 (and $x196297 $x194872)))
 (let (($x132694 (and (and (= read_index 72) (not false)) (= boundary (- phase_810 1)))))
 (let (($x130926 (and $x132694 $x194872)))
 (let (($x39428 (and (and (= read_index 71) (not false)) (= boundary (- phase_809 1)))))
 (let (($x114928 (and $x39428 $x194872)))
 (let (($x47707 (and (and (= read_index 68) (not false)) (= boundary (- phase_806 1)))))
 (let (($x63524 (and $x47707 $x194872)))
 (let (($x193379 (and (and (= read_index 67) (not false)) (= boundary (- phase_805 1)))))
 (let (($x241026 (and $x193379 $x194872)))
 (let (($x104520 (and (and (= read_index 63) (not false)) (= boundary (- phase_801 1)))))
 (let (($x211384 (and $x104520 $x194872)))
 (let (($x42080 (and (and (= read_index 62) (not false)) (= boundary (- phase_800 1)))))
 (let (($x75590 (and $x42080 $x194872)))
 (let (($x220225 (and (and (= read_index 57) (not false)) (= boundary (- phase_795 1)))))
 (let (($x140183 (and $x220225 $x194872)))
 (let (($x121032 (and (and (= read_index 56) (not false)) (= boundary (- phase_794 1)))))
 (let (($x121412 (and $x121032 $x194872)))
 (let (($x42381 (and (and (= read_index 50) (not false)) (= boundary (- phase_788 1)))))
 (let (($x54235 (and $x42381 $x194872)))
 (let (($x180594 (and (and (= read_index 49) (not false)) (= boundary (- phase_787 1)))))
 (let (($x171707 (and $x180594 $x194872)))
 (let (($x216679 (and (and (= read_index 42) (not false)) (= boundary (- phase_708 1)))))
 (let (($x214030 (and $x216679 $x194872)))
 (let (($x25386 (and (and (= read_index 41) (not false)) (= boundary (- phase_707 1)))))
 (let (($x242605 (and $x25386 $x194872)))
 (let (($x220304 (and (and (= read_index 40) (not false)) (= boundary (- phase_706 1)))))
 (let (($x169479 (and $x220304 $x194872)))
 (let (($x19834 (and (and (= read_index 39) (not false)) (= boundary (- phase_705 1)))))
 (let (($x99840 (and $x19834 $x194872)))
 (let (($x90497 (and (and (= read_index 38) (not false)) (= boundary (- phase_704 1)))))
 (let (($x220182 (and $x90497 $x194872)))
 (let (($x90683 (and (and (= read_index 37) (not false)) (= boundary (- phase_703 1)))))
 (let (($x172385 (and $x90683 $x194872)))
 (let (($x9911 (and (and (= read_index 36) (not false)) (= boundary (- phase_702 1)))))
 (let (($x105316 (and $x9911 $x194872)))
 (let (($x241036 (and (and (= read_index 35) (not false)) (= boundary (- phase_701 1)))))
 (let (($x89753 (and $x241036 $x194872)))
 (let (($x61944 (and (and (= read_index 34) (not false)) (= boundary (- phase_556 1)))))
 (let (($x131249 (and $x61944 $x194872)))
 (let (($x112418 (and (and (= read_index 33) (not false)) (= boundary (- phase_555 1)))))
 (let (($x163457 (and $x112418 $x194872)))
 (let (($x139833 (and (and (= read_index 32) (not false)) (= boundary (- phase_554 1)))))
 (let (($x126837 (and $x139833 $x194872)))
 (let (($x214017 (and (and (= read_index 31) (not false)) (= boundary (- phase_553 1)))))
 (let (($x217350 (and $x214017 $x194872)))
 (let (($x150829 (and (and (= read_index 30) (not false)) (= boundary (- phase_552 1)))))
 (let (($x11099 (and $x150829 $x194872)))
 (let (($x173074 (and (and (= read_index 29) (not false)) (= boundary (- phase_551 1)))))
 (let (($x3712 (and $x173074 $x194872)))
 (let (($x105688 (and (and (= read_index 28) (not false)) (= boundary (- phase_550 1)))))
 (let (($x193351 (and $x105688 $x194872)))
 (let (($x77598 (and (and (= read_index 27) (not false)) (= boundary (- phase_549 1)))))
 (let (($x189540 (and $x77598 $x194872)))
 (let (($x219143 (and (and (= read_index 26) (not false)) (= boundary (- phase_432 1)))))
 (let (($x143862 (and $x219143 $x194872)))
 (let (($x164477 (and (and (= read_index 25) (not false)) (= boundary (- phase_431 1)))))
 (let (($x191956 (and $x164477 $x194872)))
 (let (($x172826 (and (and (= read_index 24) (not false)) (= boundary (- phase_430 1)))))
 (let (($x78181 (and $x172826 $x194872)))
 (let (($x135902 (and (and (= read_index 23) (not false)) (= boundary (- phase_429 1)))))
 (let (($x59946 (and $x135902 $x194872)))
 (let (($x214750 (and (and (= read_index 22) (not false)) (= boundary (- phase_428 1)))))
 (let (($x227755 (and $x214750 $x194872)))
 (let (($x144526 (and (and (= read_index 21) (not false)) (= boundary (- phase_427 1)))))
 (let (($x193669 (and $x144526 $x194872)))
 (let (($x79717 (and (and (= read_index 20) (not false)) (= boundary (- phase_426 1)))))
 (let (($x83037 (and $x79717 $x194872)))
 (let (($x46166 (and (and (= read_index 19) (not false)) (= boundary (- phase_425 1)))))
 (let (($x62116 (and $x46166 $x194872)))
 (let (($x155656 (or $x62116 $x83037 $x193669 $x227755 $x59946 $x78181 $x191956 $x143862 $x189540 $x193351 $x3712 $x11099 $x217350 $x126837 $x163457 $x131249 $x89753 $x105316 $x172385 $x220182 $x99840 $x169479 $x242605 $x214030 $x171707 $x54235 $x121412 $x140183 $x75590 $x211384 $x241026 $x63524 $x114928 $x130926 $x22980 $x151374 $x186126 $x132863 $x49388)))
 (and $x155656 $x173268)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
