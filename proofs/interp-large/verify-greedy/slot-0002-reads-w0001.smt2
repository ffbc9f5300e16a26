(set-logic QF_LIRA)
; 
(set-info :status unknown)
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
(declare-fun x_2 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
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
 (let ((?x95830 (ite (and (and true (<= (- 1) 11)) (< 11 536870911)) x_2 0.0)))
 (= window_start_contents ?x95830)))
(assert
 (let (($x170659 (and (distinct window_start_contents read_value) true)))
 (let (($x139888 (> boundary 11)))
 (let (($x139889 (and true $x139888)))
 (let (($x110674 (not $x139889)))
 (let (($x113259 (or $x110674 $x170659)))
 (let (($x78823 (= read_value x_2)))
 (let (($x45530 (and (and (= read_index 40) (not false)) (= boundary (- phase_708 1)))))
 (let (($x167462 (and $x45530 $x78823)))
 (let (($x176322 (and (and (= read_index 39) (not false)) (= boundary (- phase_707 1)))))
 (let (($x189659 (and $x176322 $x78823)))
 (let (($x97807 (and (and (= read_index 38) (not false)) (= boundary (- phase_706 1)))))
 (let (($x36702 (and $x97807 $x78823)))
 (let (($x211168 (and (and (= read_index 37) (not false)) (= boundary (- phase_705 1)))))
 (let (($x238420 (and $x211168 $x78823)))
 (let (($x130193 (and (and (= read_index 36) (not false)) (= boundary (- phase_704 1)))))
 (let (($x147115 (and $x130193 $x78823)))
 (let (($x194141 (and (and (= read_index 35) (not false)) (= boundary (- phase_703 1)))))
 (let (($x82899 (and $x194141 $x78823)))
 (let (($x114025 (and (and (= read_index 34) (not false)) (= boundary (- phase_702 1)))))
 (let (($x15752 (and $x114025 $x78823)))
 (let (($x199682 (and (and (= read_index 33) (not false)) (= boundary (- phase_701 1)))))
 (let (($x124022 (and $x199682 $x78823)))
 (let (($x108751 (and (and (= read_index 32) (not false)) (= boundary (- phase_556 1)))))
 (let (($x50585 (and $x108751 $x78823)))
 (let (($x224308 (and (and (= read_index 31) (not false)) (= boundary (- phase_555 1)))))
 (let (($x54126 (and $x224308 $x78823)))
 (let (($x192406 (and (and (= read_index 30) (not false)) (= boundary (- phase_554 1)))))
 (let (($x121630 (and $x192406 $x78823)))
 (let (($x158883 (and (and (= read_index 29) (not false)) (= boundary (- phase_553 1)))))
 (let (($x119472 (and $x158883 $x78823)))
 (let (($x130401 (and (and (= read_index 28) (not false)) (= boundary (- phase_552 1)))))
 (let (($x210486 (and $x130401 $x78823)))
 (let (($x218465 (and (and (= read_index 27) (not false)) (= boundary (- phase_551 1)))))
 (let (($x30767 (and $x218465 $x78823)))
 (let (($x186271 (and (and (= read_index 26) (not false)) (= boundary (- phase_550 1)))))
 (let (($x190077 (and $x186271 $x78823)))
 (let (($x170961 (and (and (= read_index 25) (not false)) (= boundary (- phase_549 1)))))
 (let (($x176211 (and $x170961 $x78823)))
 (let (($x144762 (and (and (= read_index 24) (not false)) (= boundary (- phase_432 1)))))
 (let (($x148891 (and $x144762 $x78823)))
 (let (($x106954 (and (and (= read_index 23) (not false)) (= boundary (- phase_431 1)))))
 (let (($x109253 (and $x106954 $x78823)))
 (let (($x98160 (and (and (= read_index 22) (not false)) (= boundary (- phase_430 1)))))
 (let (($x98161 (and $x98160 $x78823)))
 (let (($x59857 (and (and (= read_index 21) (not false)) (= boundary (- phase_429 1)))))
 (let (($x61991 (and $x59857 $x78823)))
 (let (($x47425 (and (and (= read_index 20) (not false)) (= boundary (- phase_428 1)))))
 (let (($x47507 (and $x47425 $x78823)))
 (let (($x37397 (and (and (= read_index 19) (not false)) (= boundary (- phase_427 1)))))
 (let (($x38698 (and $x37397 $x78823)))
 (let (($x31161 (and (and (= read_index 18) (not false)) (= boundary (- phase_426 1)))))
 (let (($x31318 (and $x31161 $x78823)))
 (let (($x21845 (and (and (= read_index 17) (not false)) (= boundary (- phase_425 1)))))
 (let (($x22540 (and $x21845 $x78823)))
 (let (($x162631 (or $x22540 $x31318 $x38698 $x47507 $x61991 $x98161 $x109253 $x148891 $x176211 $x190077 $x30767 $x210486 $x119472 $x121630 $x54126 $x50585 $x124022 $x15752 $x82899 $x147115 $x238420 $x36702 $x189659 $x167462)))
 (and $x162631 $x113259)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
