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
(declare-fun boundary () Int)
(declare-fun boundary_half () Int)
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
 (let (($x89693 (and (and true (<= (- 1) boundary)) (< boundary 536870911))))
 (let ((?x144020 (ite $x89693 x_1 0.0)))
 (let (($x17594 (>= boundary (- 1))))
 (let ((?x200366 (ite $x17594 (* 1.0 x_1) 0.0)))
 (let (($x227793 (and (distinct ?x200366 ?x144020) true)))
 (let (($x139025 (<= boundary 11)))
 (let (($x7937 (and true $x139025)))
 (let (($x29336 (<= boundary 51)))
 (let (($x146688 (and (= boundary (+ (* 2 boundary_half) 1)) $x17594)))
 (let (($x149007 (and $x146688 $x29336)))
 (let (($x135946 (and $x149007 $x7937)))
 (and $x135946 $x227793)))))))))))))
(check-sat)
