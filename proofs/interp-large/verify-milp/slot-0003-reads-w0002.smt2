(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_12 () Int)
(declare-fun phase_46 () Int)
(declare-fun phase_47 () Int)
(declare-fun phase_48 () Int)
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
(declare-fun phase_943 () Int)
(declare-fun x_3 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_12 4))
(assert
 (= phase_46 12))
(assert
 (= phase_47 8))
(assert
 (= phase_48 8))
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
 (= phase_943 20))
(assert
 (let ((?x92369 (ite (and (and true (<= (- 1) 27)) (< 27 536870911)) x_3 0.0)))
 (= window_start_contents ?x92369)))
(assert
 (let (($x88974 (and (distinct window_start_contents read_value) true)))
 (let (($x117375 (> boundary 27)))
 (let (($x11490 (and true $x117375)))
 (let (($x111364 (not $x11490)))
 (let (($x165512 (or $x111364 $x88974)))
 (let (($x194903 (= read_value x_3)))
 (let (($x104514 (and (and (= read_index 79) (not false)) (= boundary (- phase_816 1)))))
 (let (($x142463 (and $x104514 $x194903)))
 (let (($x92983 (and (and (= read_index 78) (not false)) (= boundary (- phase_815 1)))))
 (let (($x140246 (and $x92983 $x194903)))
 (let (($x171728 (and (and (= read_index 77) (not false)) (= boundary (- phase_814 1)))))
 (let (($x216119 (and $x171728 $x194903)))
 (let (($x112801 (and (and (= read_index 76) (not false)) (= boundary (- phase_813 1)))))
 (let (($x195184 (and $x112801 $x194903)))
 (let (($x187359 (and (and (= read_index 75) (not false)) (= boundary (- phase_812 1)))))
 (let (($x75466 (and $x187359 $x194903)))
 (let (($x148491 (and (and (= read_index 73) (not false)) (= boundary (- phase_810 1)))))
 (let (($x238353 (and $x148491 $x194903)))
 (let (($x120927 (and (and (= read_index 72) (not false)) (= boundary (- phase_809 1)))))
 (let (($x131919 (and $x120927 $x194903)))
 (let (($x163128 (and (and (= read_index 69) (not false)) (= boundary (- phase_806 1)))))
 (let (($x161562 (and $x163128 $x194903)))
 (let (($x11939 (and (and (= read_index 68) (not false)) (= boundary (- phase_805 1)))))
 (let (($x162284 (and $x11939 $x194903)))
 (let (($x133983 (and (and (= read_index 64) (not false)) (= boundary (- phase_801 1)))))
 (let (($x196202 (and $x133983 $x194903)))
 (let (($x93934 (and (and (= read_index 63) (not false)) (= boundary (- phase_800 1)))))
 (let (($x165112 (and $x93934 $x194903)))
 (let (($x80710 (and (and (= read_index 58) (not false)) (= boundary (- phase_795 1)))))
 (let (($x37453 (and $x80710 $x194903)))
 (let (($x192112 (and (and (= read_index 57) (not false)) (= boundary (- phase_794 1)))))
 (let (($x206869 (and $x192112 $x194903)))
 (let (($x147780 (and (and (= read_index 51) (not false)) (= boundary (- phase_788 1)))))
 (let (($x180190 (and $x147780 $x194903)))
 (let (($x80093 (and (and (= read_index 50) (not false)) (= boundary (- phase_787 1)))))
 (let (($x81725 (and $x80093 $x194903)))
 (let (($x144022 (and (and (= read_index 43) (not false)) (= boundary (- phase_708 1)))))
 (let (($x33634 (and $x144022 $x194903)))
 (let (($x96694 (and (and (= read_index 42) (not false)) (= boundary (- phase_707 1)))))
 (let (($x193692 (and $x96694 $x194903)))
 (let (($x17221 (and (and (= read_index 41) (not false)) (= boundary (- phase_706 1)))))
 (let (($x6184 (and $x17221 $x194903)))
 (let (($x52774 (and (and (= read_index 40) (not false)) (= boundary (- phase_705 1)))))
 (let (($x107599 (and $x52774 $x194903)))
 (let (($x125742 (and (and (= read_index 39) (not false)) (= boundary (- phase_704 1)))))
 (let (($x4866 (and $x125742 $x194903)))
 (let (($x21475 (and (and (= read_index 38) (not false)) (= boundary (- phase_703 1)))))
 (let (($x69259 (and $x21475 $x194903)))
 (let (($x127640 (and (and (= read_index 37) (not false)) (= boundary (- phase_702 1)))))
 (let (($x78548 (and $x127640 $x194903)))
 (let (($x79987 (and (and (= read_index 36) (not false)) (= boundary (- phase_701 1)))))
 (let (($x3238 (and $x79987 $x194903)))
 (let (($x52009 (and (and (= read_index 35) (not false)) (= boundary (- phase_556 1)))))
 (let (($x94591 (and $x52009 $x194903)))
 (let (($x151475 (and (and (= read_index 34) (not false)) (= boundary (- phase_555 1)))))
 (let (($x196257 (and $x151475 $x194903)))
 (let (($x39951 (and (and (= read_index 33) (not false)) (= boundary (- phase_554 1)))))
 (let (($x209717 (and $x39951 $x194903)))
 (let (($x168732 (and (and (= read_index 32) (not false)) (= boundary (- phase_553 1)))))
 (let (($x89951 (and $x168732 $x194903)))
 (let (($x29808 (and (and (= read_index 31) (not false)) (= boundary (- phase_552 1)))))
 (let (($x194954 (and $x29808 $x194903)))
 (let (($x132843 (and (and (= read_index 30) (not false)) (= boundary (- phase_551 1)))))
 (let (($x214027 (and $x132843 $x194903)))
 (let (($x180591 (and (and (= read_index 29) (not false)) (= boundary (- phase_550 1)))))
 (let (($x241001 (and $x180591 $x194903)))
 (let (($x194731 (and (and (= read_index 28) (not false)) (= boundary (- phase_549 1)))))
 (let (($x210778 (and $x194731 $x194903)))
 (let (($x39340 (and (and (= read_index 27) (not false)) (= boundary (- phase_432 1)))))
 (let (($x229708 (and $x39340 $x194903)))
 (let (($x160040 (and (and (= read_index 26) (not false)) (= boundary (- phase_431 1)))))
 (let (($x89753 (and $x160040 $x194903)))
 (let (($x171687 (and (and (= read_index 25) (not false)) (= boundary (- phase_430 1)))))
 (let (($x78499 (and $x171687 $x194903)))
 (let (($x4545 (and (and (= read_index 24) (not false)) (= boundary (- phase_429 1)))))
 (let (($x131292 (and $x4545 $x194903)))
 (let (($x200750 (and (and (= read_index 23) (not false)) (= boundary (- phase_428 1)))))
 (let (($x218261 (and $x200750 $x194903)))
 (let (($x175270 (and (and (= read_index 22) (not false)) (= boundary (- phase_427 1)))))
 (let (($x177889 (and $x175270 $x194903)))
 (let (($x132320 (and (and (= read_index 21) (not false)) (= boundary (- phase_426 1)))))
 (let (($x132406 (and $x132320 $x194903)))
 (let (($x43412 (and (and (= read_index 20) (not false)) (= boundary (- phase_425 1)))))
 (let (($x76580 (and $x43412 $x194903)))
 (let (($x130728 (or $x76580 $x132406 $x177889 $x218261 $x131292 $x78499 $x89753 $x229708 $x210778 $x241001 $x214027 $x194954 $x89951 $x209717 $x196257 $x94591 $x3238 $x78548 $x69259 $x4866 $x107599 $x6184 $x193692 $x33634 $x81725 $x180190 $x206869 $x37453 $x165112 $x196202 $x162284 $x161562 $x131919 $x238353 $x75466 $x195184 $x216119 $x140246 $x142463)))
 (and $x130728 $x165512)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
