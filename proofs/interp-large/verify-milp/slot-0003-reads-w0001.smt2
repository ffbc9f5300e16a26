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
 (let ((?x237496 (ite (and (and true (<= (- 1) 11)) (< 11 536870911)) x_3 0.0)))
 (= window_start_contents ?x237496)))
(assert
 (let (($x88974 (and (distinct window_start_contents read_value) true)))
 (let (($x229507 (not (and (and true (> boundary 11)) (<= boundary 27)))))
 (let (($x110613 (or $x229507 $x88974)))
 (let (($x194903 (= read_value x_3)))
 (let (($x230815 (and (and (= read_index 80) (not false)) (= boundary (- phase_943 1)))))
 (let (($x77331 (and $x230815 $x194903)))
 (let (($x117403 (and (and (= read_index 74) (not false)) (= boundary (- phase_811 1)))))
 (let (($x232442 (and $x117403 $x194903)))
 (let (($x106257 (and (and (= read_index 71) (not false)) (= boundary (- phase_808 1)))))
 (let (($x130867 (and $x106257 $x194903)))
 (let (($x217477 (and (and (= read_index 70) (not false)) (= boundary (- phase_807 1)))))
 (let (($x131193 (and $x217477 $x194903)))
 (let (($x109285 (and (and (= read_index 67) (not false)) (= boundary (- phase_804 1)))))
 (let (($x78372 (and $x109285 $x194903)))
 (let (($x241013 (and (and (= read_index 66) (not false)) (= boundary (- phase_803 1)))))
 (let (($x115070 (and $x241013 $x194903)))
 (let (($x77446 (and (and (= read_index 65) (not false)) (= boundary (- phase_802 1)))))
 (let (($x200680 (and $x77446 $x194903)))
 (let (($x108416 (and (and (= read_index 62) (not false)) (= boundary (- phase_799 1)))))
 (let (($x182187 (and $x108416 $x194903)))
 (let (($x238015 (and (and (= read_index 61) (not false)) (= boundary (- phase_798 1)))))
 (let (($x97899 (and $x238015 $x194903)))
 (let (($x230765 (and (and (= read_index 60) (not false)) (= boundary (- phase_797 1)))))
 (let (($x109130 (and $x230765 $x194903)))
 (let (($x212898 (and (and (= read_index 59) (not false)) (= boundary (- phase_796 1)))))
 (let (($x125076 (and $x212898 $x194903)))
 (let (($x232339 (and (and (= read_index 56) (not false)) (= boundary (- phase_793 1)))))
 (let (($x95089 (and $x232339 $x194903)))
 (let (($x52697 (and (and (= read_index 55) (not false)) (= boundary (- phase_792 1)))))
 (let (($x130616 (and $x52697 $x194903)))
 (let (($x138951 (and (and (= read_index 54) (not false)) (= boundary (- phase_791 1)))))
 (let (($x209699 (and $x138951 $x194903)))
 (let (($x233026 (and (and (= read_index 53) (not false)) (= boundary (- phase_790 1)))))
 (let (($x66871 (and $x233026 $x194903)))
 (let (($x197537 (and (and (= read_index 49) (not false)) (= boundary (- phase_786 1)))))
 (let (($x214001 (and $x197537 $x194903)))
 (let (($x154338 (and (and (= read_index 48) (not false)) (= boundary (- phase_785 1)))))
 (let (($x172136 (and $x154338 $x194903)))
 (let (($x83637 (and (and (= read_index 47) (not false)) (= boundary (- phase_784 1)))))
 (let (($x127393 (and $x83637 $x194903)))
 (let (($x31333 (and (and (= read_index 46) (not false)) (= boundary (- phase_783 1)))))
 (let (($x40206 (and $x31333 $x194903)))
 (let (($x10801 (or $x40206 $x127393 $x172136 $x214001 $x66871 $x209699 $x130616 $x95089 $x125076 $x109130 $x97899 $x182187 $x200680 $x115070 $x78372 $x131193 $x130867 $x232442 $x77331)))
 (and $x10801 $x110613)))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
