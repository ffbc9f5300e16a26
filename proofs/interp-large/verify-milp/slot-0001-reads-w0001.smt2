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
 (let ((?x193619 (ite (and (and true (<= (- 1) 11)) (< 11 536870911)) x_1 0.0)))
 (= window_start_contents ?x193619)))
(assert
 (let (($x33677 (and (distinct window_start_contents read_value) true)))
 (let (($x229687 (not (and (and true (> boundary 11)) (<= boundary 27)))))
 (let (($x240648 (or $x229687 $x33677)))
 (let (($x194872 (= read_value x_1)))
 (let (($x91984 (and (and (= read_index 73) (not false)) (= boundary (- phase_811 1)))))
 (let (($x196380 (and $x91984 $x194872)))
 (let (($x7020 (and (and (= read_index 70) (not false)) (= boundary (- phase_808 1)))))
 (let (($x177899 (and $x7020 $x194872)))
 (let (($x157496 (and (and (= read_index 69) (not false)) (= boundary (- phase_807 1)))))
 (let (($x171664 (and $x157496 $x194872)))
 (let (($x200243 (and (and (= read_index 66) (not false)) (= boundary (- phase_804 1)))))
 (let (($x136951 (and $x200243 $x194872)))
 (let (($x192115 (and (and (= read_index 65) (not false)) (= boundary (- phase_803 1)))))
 (let (($x82455 (and $x192115 $x194872)))
 (let (($x220295 (and (and (= read_index 64) (not false)) (= boundary (- phase_802 1)))))
 (let (($x222407 (and $x220295 $x194872)))
 (let (($x20529 (and (and (= read_index 61) (not false)) (= boundary (- phase_799 1)))))
 (let (($x180654 (and $x20529 $x194872)))
 (let (($x100379 (and (and (= read_index 60) (not false)) (= boundary (- phase_798 1)))))
 (let (($x7970 (and $x100379 $x194872)))
 (let (($x240924 (and (and (= read_index 59) (not false)) (= boundary (- phase_797 1)))))
 (let (($x11648 (and $x240924 $x194872)))
 (let (($x127445 (and (and (= read_index 58) (not false)) (= boundary (- phase_796 1)))))
 (let (($x56581 (and $x127445 $x194872)))
 (let (($x232002 (and (and (= read_index 55) (not false)) (= boundary (- phase_793 1)))))
 (let (($x163118 (and $x232002 $x194872)))
 (let (($x56022 (and (and (= read_index 54) (not false)) (= boundary (- phase_792 1)))))
 (let (($x178483 (and $x56022 $x194872)))
 (let (($x47881 (and (and (= read_index 53) (not false)) (= boundary (- phase_791 1)))))
 (let (($x232442 (and $x47881 $x194872)))
 (let (($x56033 (and (and (= read_index 52) (not false)) (= boundary (- phase_790 1)))))
 (let (($x214001 (and $x56033 $x194872)))
 (let (($x217509 (and (and (= read_index 48) (not false)) (= boundary (- phase_786 1)))))
 (let (($x220292 (and $x217509 $x194872)))
 (let (($x169545 (and (and (= read_index 47) (not false)) (= boundary (- phase_785 1)))))
 (let (($x178835 (and $x169545 $x194872)))
 (let (($x127412 (and (and (= read_index 46) (not false)) (= boundary (- phase_784 1)))))
 (let (($x130912 (and $x127412 $x194872)))
 (let (($x25125 (and (and (= read_index 45) (not false)) (= boundary (- phase_783 1)))))
 (let (($x26617 (and $x25125 $x194872)))
 (let (($x169406 (or $x26617 $x130912 $x178835 $x220292 $x214001 $x232442 $x178483 $x163118 $x56581 $x11648 $x7970 $x180654 $x222407 $x82455 $x136951 $x171664 $x177899 $x196380)))
 (and $x169406 $x240648)))))))))))))))))))))))))))))))))))))))))))
(check-sat)
