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
 (let ((?x157496 (ite (and (and true (<= (- 1) 27)) (< 27 536870911)) x_2 0.0)))
 (= window_start_contents ?x157496)))
(assert
 (let (($x82921 (and (distinct window_start_contents read_value) true)))
 (let (($x147276 (> boundary 27)))
 (let (($x56567 (and true $x147276)))
 (let (($x209881 (not $x56567)))
 (let (($x138599 (or $x209881 $x82921)))
 (let (($x173477 (= read_value x_2)))
 (let (($x204600 (and (and (= read_index 76) (not false)) (= boundary (- phase_816 1)))))
 (let (($x32891 (and $x204600 $x173477)))
 (let (($x18774 (and (and (= read_index 75) (not false)) (= boundary (- phase_815 1)))))
 (let (($x31229 (and $x18774 $x173477)))
 (let (($x77920 (and (and (= read_index 74) (not false)) (= boundary (- phase_814 1)))))
 (let (($x220301 (and $x77920 $x173477)))
 (let (($x173485 (and (and (= read_index 73) (not false)) (= boundary (- phase_813 1)))))
 (let (($x72961 (and $x173485 $x173477)))
 (let (($x16139 (and (and (= read_index 72) (not false)) (= boundary (- phase_812 1)))))
 (let (($x60745 (and $x16139 $x173477)))
 (let (($x155406 (and (and (= read_index 70) (not false)) (= boundary (- phase_810 1)))))
 (let (($x31521 (and $x155406 $x173477)))
 (let (($x34228 (and (and (= read_index 69) (not false)) (= boundary (- phase_809 1)))))
 (let (($x60440 (and $x34228 $x173477)))
 (let (($x140332 (and (and (= read_index 66) (not false)) (= boundary (- phase_806 1)))))
 (let (($x111153 (and $x140332 $x173477)))
 (let (($x232649 (and (and (= read_index 65) (not false)) (= boundary (- phase_805 1)))))
 (let (($x27644 (and $x232649 $x173477)))
 (let (($x127463 (and (and (= read_index 61) (not false)) (= boundary (- phase_801 1)))))
 (let (($x229506 (and $x127463 $x173477)))
 (let (($x211298 (and (and (= read_index 60) (not false)) (= boundary (- phase_800 1)))))
 (let (($x57716 (and $x211298 $x173477)))
 (let (($x208517 (and (and (= read_index 55) (not false)) (= boundary (- phase_795 1)))))
 (let (($x195017 (and $x208517 $x173477)))
 (let (($x90497 (and (and (= read_index 54) (not false)) (= boundary (- phase_794 1)))))
 (let (($x220182 (and $x90497 $x173477)))
 (let (($x90683 (and (and (= read_index 48) (not false)) (= boundary (- phase_788 1)))))
 (let (($x172385 (and $x90683 $x173477)))
 (let (($x9911 (and (and (= read_index 47) (not false)) (= boundary (- phase_787 1)))))
 (let (($x105316 (and $x9911 $x173477)))
 (let (($x129202 (and (and (= read_index 40) (not false)) (= boundary (- phase_708 1)))))
 (let (($x67410 (and $x129202 $x173477)))
 (let (($x52009 (and (and (= read_index 39) (not false)) (= boundary (- phase_707 1)))))
 (let (($x94591 (and $x52009 $x173477)))
 (let (($x151475 (and (and (= read_index 38) (not false)) (= boundary (- phase_706 1)))))
 (let (($x196257 (and $x151475 $x173477)))
 (let (($x39951 (and (and (= read_index 37) (not false)) (= boundary (- phase_705 1)))))
 (let (($x209717 (and $x39951 $x173477)))
 (let (($x168732 (and (and (= read_index 36) (not false)) (= boundary (- phase_704 1)))))
 (let (($x89951 (and $x168732 $x173477)))
 (let (($x93934 (and (and (= read_index 35) (not false)) (= boundary (- phase_703 1)))))
 (let (($x165112 (and $x93934 $x173477)))
 (let (($x80710 (and (and (= read_index 34) (not false)) (= boundary (- phase_702 1)))))
 (let (($x37453 (and $x80710 $x173477)))
 (let (($x192112 (and (and (= read_index 33) (not false)) (= boundary (- phase_701 1)))))
 (let (($x206869 (and $x192112 $x173477)))
 (let (($x179661 (and (and (= read_index 32) (not false)) (= boundary (- phase_556 1)))))
 (let (($x180190 (and $x179661 $x173477)))
 (let (($x37835 (and (and (= read_index 31) (not false)) (= boundary (- phase_555 1)))))
 (let (($x216679 (and $x37835 $x173477)))
 (let (($x34295 (and (and (= read_index 30) (not false)) (= boundary (- phase_554 1)))))
 (let (($x25386 (and $x34295 $x173477)))
 (let (($x223491 (and (and (= read_index 29) (not false)) (= boundary (- phase_553 1)))))
 (let (($x220304 (and $x223491 $x173477)))
 (let (($x67064 (and (and (= read_index 28) (not false)) (= boundary (- phase_552 1)))))
 (let (($x149096 (and $x67064 $x173477)))
 (let (($x127797 (and (and (= read_index 27) (not false)) (= boundary (- phase_551 1)))))
 (let (($x118199 (and $x127797 $x173477)))
 (let (($x6337 (and (and (= read_index 26) (not false)) (= boundary (- phase_550 1)))))
 (let (($x36876 (and $x6337 $x173477)))
 (let (($x131241 (and (and (= read_index 25) (not false)) (= boundary (- phase_549 1)))))
 (let (($x77196 (and $x131241 $x173477)))
 (let (($x192011 (and (and (= read_index 24) (not false)) (= boundary (- phase_432 1)))))
 (let (($x163118 (and $x192011 $x173477)))
 (let (($x19834 (and (and (= read_index 23) (not false)) (= boundary (- phase_431 1)))))
 (let (($x83392 (and $x19834 $x173477)))
 (let (($x214057 (and (and (= read_index 22) (not false)) (= boundary (- phase_430 1)))))
 (let (($x78499 (and $x214057 $x173477)))
 (let (($x112701 (and (and (= read_index 21) (not false)) (= boundary (- phase_429 1)))))
 (let (($x48063 (and $x112701 $x173477)))
 (let (($x230777 (and (and (= read_index 20) (not false)) (= boundary (- phase_428 1)))))
 (let (($x235982 (and $x230777 $x173477)))
 (let (($x164380 (and (and (= read_index 19) (not false)) (= boundary (- phase_427 1)))))
 (let (($x164483 (and $x164380 $x173477)))
 (let (($x131012 (and (and (= read_index 18) (not false)) (= boundary (- phase_426 1)))))
 (let (($x133045 (and $x131012 $x173477)))
 (let (($x23786 (and (and (= read_index 17) (not false)) (= boundary (- phase_425 1)))))
 (let (($x28516 (and $x23786 $x173477)))
 (let (($x182100 (or $x28516 $x133045 $x164483 $x235982 $x48063 $x78499 $x83392 $x163118 $x77196 $x36876 $x118199 $x149096 $x220304 $x25386 $x216679 $x180190 $x206869 $x37453 $x165112 $x89951 $x209717 $x196257 $x94591 $x67410 $x105316 $x172385 $x220182 $x195017 $x57716 $x229506 $x27644 $x111153 $x60440 $x31521 $x60745 $x72961 $x220301 $x31229 $x32891)))
 (and $x182100 $x138599)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
