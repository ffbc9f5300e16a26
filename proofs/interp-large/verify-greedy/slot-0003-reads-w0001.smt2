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
 (= phase_46 4))
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
 (= phase_425 20))
(assert
 (= phase_426 20))
(assert
 (= phase_427 20))
(assert
 (= phase_428 20))
(assert
 (= phase_429 20))
(assert
 (= phase_430 20))
(assert
 (= phase_431 20))
(assert
 (= phase_432 20))
(assert
 (= phase_549 20))
(assert
 (= phase_550 20))
(assert
 (= phase_551 20))
(assert
 (= phase_552 20))
(assert
 (= phase_553 20))
(assert
 (= phase_554 20))
(assert
 (= phase_555 20))
(assert
 (= phase_556 20))
(assert
 (= phase_701 20))
(assert
 (= phase_702 20))
(assert
 (= phase_703 20))
(assert
 (= phase_704 20))
(assert
 (= phase_705 20))
(assert
 (= phase_706 20))
(assert
 (= phase_707 20))
(assert
 (= phase_708 20))
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
 (= phase_943 20))
(assert
 (let ((?x181277 (ite (and (and true (<= (- 1) 11)) (< 11 536870911)) x_3 0.0)))
 (= window_start_contents ?x181277)))
(assert
 (let (($x150745 (and (distinct window_start_contents read_value) true)))
 (let (($x139888 (> boundary 11)))
 (let (($x139889 (and true $x139888)))
 (let (($x118255 (not $x139889)))
 (let (($x83351 (or $x118255 $x150745)))
 (let (($x195425 (= read_value x_3)))
 (let (($x166252 (and (and (= read_index 80) (not false)) (= boundary (- phase_943 1)))))
 (let (($x114162 (and $x166252 $x195425)))
 (let (($x101288 (and (and (= read_index 43) (not false)) (= boundary (- phase_708 1)))))
 (let (($x83719 (and $x101288 $x195425)))
 (let (($x147103 (and (and (= read_index 42) (not false)) (= boundary (- phase_707 1)))))
 (let (($x153067 (and $x147103 $x195425)))
 (let (($x96202 (and (and (= read_index 41) (not false)) (= boundary (- phase_706 1)))))
 (let (($x219132 (and $x96202 $x195425)))
 (let (($x225537 (and (and (= read_index 40) (not false)) (= boundary (- phase_705 1)))))
 (let (($x64409 (and $x225537 $x195425)))
 (let (($x134420 (and (and (= read_index 39) (not false)) (= boundary (- phase_704 1)))))
 (let (($x53800 (and $x134420 $x195425)))
 (let (($x34261 (and (and (= read_index 38) (not false)) (= boundary (- phase_703 1)))))
 (let (($x163227 (and $x34261 $x195425)))
 (let (($x131205 (and (and (= read_index 37) (not false)) (= boundary (- phase_702 1)))))
 (let (($x166100 (and $x131205 $x195425)))
 (let (($x186203 (and (and (= read_index 36) (not false)) (= boundary (- phase_701 1)))))
 (let (($x112059 (and $x186203 $x195425)))
 (let (($x40425 (and (and (= read_index 35) (not false)) (= boundary (- phase_556 1)))))
 (let (($x71398 (and $x40425 $x195425)))
 (let (($x171813 (and (and (= read_index 34) (not false)) (= boundary (- phase_555 1)))))
 (let (($x44937 (and $x171813 $x195425)))
 (let (($x203817 (and (and (= read_index 33) (not false)) (= boundary (- phase_554 1)))))
 (let (($x114220 (and $x203817 $x195425)))
 (let (($x116763 (and (and (= read_index 32) (not false)) (= boundary (- phase_553 1)))))
 (let (($x170416 (and $x116763 $x195425)))
 (let (($x122793 (and (and (= read_index 31) (not false)) (= boundary (- phase_552 1)))))
 (let (($x119055 (and $x122793 $x195425)))
 (let (($x237483 (and (and (= read_index 30) (not false)) (= boundary (- phase_551 1)))))
 (let (($x238222 (and $x237483 $x195425)))
 (let (($x199648 (and (and (= read_index 29) (not false)) (= boundary (- phase_550 1)))))
 (let (($x209080 (and $x199648 $x195425)))
 (let (($x187503 (and (and (= read_index 28) (not false)) (= boundary (- phase_549 1)))))
 (let (($x187622 (and $x187503 $x195425)))
 (let (($x162708 (and (and (= read_index 27) (not false)) (= boundary (- phase_432 1)))))
 (let (($x162861 (and $x162708 $x195425)))
 (let (($x145399 (and (and (= read_index 26) (not false)) (= boundary (- phase_431 1)))))
 (let (($x148066 (and $x145399 $x195425)))
 (let (($x140675 (and (and (= read_index 25) (not false)) (= boundary (- phase_430 1)))))
 (let (($x140946 (and $x140675 $x195425)))
 (let (($x115701 (and (and (= read_index 24) (not false)) (= boundary (- phase_429 1)))))
 (let (($x116775 (and $x115701 $x195425)))
 (let (($x103029 (and (and (= read_index 23) (not false)) (= boundary (- phase_428 1)))))
 (let (($x104842 (and $x103029 $x195425)))
 (let (($x67395 (and (and (= read_index 22) (not false)) (= boundary (- phase_427 1)))))
 (let (($x70511 (and $x67395 $x195425)))
 (let (($x45477 (and (and (= read_index 21) (not false)) (= boundary (- phase_426 1)))))
 (let (($x45729 (and $x45477 $x195425)))
 (let (($x17875 (and (and (= read_index 20) (not false)) (= boundary (- phase_425 1)))))
 (let (($x20012 (and $x17875 $x195425)))
 (let (($x76149 (or $x20012 $x45729 $x70511 $x104842 $x116775 $x140946 $x148066 $x162861 $x187622 $x209080 $x238222 $x119055 $x170416 $x114220 $x44937 $x71398 $x112059 $x166100 $x163227 $x53800 $x64409 $x219132 $x153067 $x83719 $x114162)))
 (and $x76149 $x83351)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
