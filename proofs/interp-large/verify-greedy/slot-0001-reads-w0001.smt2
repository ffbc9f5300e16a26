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
 (let ((?x237183 (ite (and (and true (<= (- 1) 11)) (< 11 536870911)) x_1 0.0)))
 (= window_start_contents ?x237183)))
(assert
 (let (($x117176 (and (distinct window_start_contents read_value) true)))
 (let (($x139888 (> boundary 11)))
 (let (($x139889 (and true $x139888)))
 (let (($x17836 (not $x139889)))
 (let (($x10776 (or $x17836 $x117176)))
 (let (($x96515 (= read_value x_1)))
 (let (($x124017 (and (and (= read_index 42) (not false)) (= boundary (- phase_708 1)))))
 (let (($x187509 (and $x124017 $x96515)))
 (let (($x11246 (and (and (= read_index 41) (not false)) (= boundary (- phase_707 1)))))
 (let (($x100682 (and $x11246 $x96515)))
 (let (($x135628 (and (and (= read_index 40) (not false)) (= boundary (- phase_706 1)))))
 (let (($x86262 (and $x135628 $x96515)))
 (let (($x31399 (and (and (= read_index 39) (not false)) (= boundary (- phase_705 1)))))
 (let (($x8959 (and $x31399 $x96515)))
 (let (($x176456 (and (and (= read_index 38) (not false)) (= boundary (- phase_704 1)))))
 (let (($x138149 (and $x176456 $x96515)))
 (let (($x218512 (and (and (= read_index 37) (not false)) (= boundary (- phase_703 1)))))
 (let (($x219412 (and $x218512 $x96515)))
 (let (($x61818 (and (and (= read_index 36) (not false)) (= boundary (- phase_702 1)))))
 (let (($x55135 (and $x61818 $x96515)))
 (let (($x14457 (and (and (= read_index 35) (not false)) (= boundary (- phase_701 1)))))
 (let (($x222946 (and $x14457 $x96515)))
 (let (($x117866 (and (and (= read_index 34) (not false)) (= boundary (- phase_556 1)))))
 (let (($x110811 (and $x117866 $x96515)))
 (let (($x129816 (and (and (= read_index 33) (not false)) (= boundary (- phase_555 1)))))
 (let (($x160506 (and $x129816 $x96515)))
 (let (($x130426 (and (and (= read_index 32) (not false)) (= boundary (- phase_554 1)))))
 (let (($x141368 (and $x130426 $x96515)))
 (let (($x159559 (and (and (= read_index 31) (not false)) (= boundary (- phase_553 1)))))
 (let (($x171809 (and $x159559 $x96515)))
 (let (($x238473 (and (and (= read_index 30) (not false)) (= boundary (- phase_552 1)))))
 (let (($x199644 (and $x238473 $x96515)))
 (let (($x80512 (and (and (= read_index 29) (not false)) (= boundary (- phase_551 1)))))
 (let (($x143549 (and $x80512 $x96515)))
 (let (($x174996 (and (and (= read_index 28) (not false)) (= boundary (- phase_550 1)))))
 (let (($x174297 (and $x174996 $x96515)))
 (let (($x208717 (and (and (= read_index 27) (not false)) (= boundary (- phase_549 1)))))
 (let (($x181259 (and $x208717 $x96515)))
 (let (($x182217 (and (and (= read_index 26) (not false)) (= boundary (- phase_432 1)))))
 (let (($x192406 (and $x182217 $x96515)))
 (let (($x160142 (and (and (= read_index 25) (not false)) (= boundary (- phase_431 1)))))
 (let (($x162451 (and $x160142 $x96515)))
 (let (($x125075 (and (and (= read_index 24) (not false)) (= boundary (- phase_430 1)))))
 (let (($x135921 (and $x125075 $x96515)))
 (let (($x112764 (and (and (= read_index 23) (not false)) (= boundary (- phase_429 1)))))
 (let (($x114456 (and $x112764 $x96515)))
 (let (($x94244 (and (and (= read_index 22) (not false)) (= boundary (- phase_428 1)))))
 (let (($x95673 (and $x94244 $x96515)))
 (let (($x77816 (and (and (= read_index 21) (not false)) (= boundary (- phase_427 1)))))
 (let (($x78962 (and $x77816 $x96515)))
 (let (($x56118 (and (and (= read_index 20) (not false)) (= boundary (- phase_426 1)))))
 (let (($x58140 (and $x56118 $x96515)))
 (let (($x36251 (and (and (= read_index 19) (not false)) (= boundary (- phase_425 1)))))
 (let (($x40538 (and $x36251 $x96515)))
 (let (($x118905 (or $x40538 $x58140 $x78962 $x95673 $x114456 $x135921 $x162451 $x192406 $x181259 $x174297 $x143549 $x199644 $x171809 $x141368 $x160506 $x110811 $x222946 $x55135 $x219412 $x138149 $x8959 $x86262 $x100682 $x187509)))
 (and $x118905 $x10776)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
