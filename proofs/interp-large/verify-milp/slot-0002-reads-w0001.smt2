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
 (let ((?x190957 (ite (and (and true (<= (- 1) 11)) (< 11 536870911)) x_2 0.0)))
 (= window_start_contents ?x190957)))
(assert
 (let (($x82921 (and (distinct window_start_contents read_value) true)))
 (let (($x51352 (not (and (and true (> boundary 11)) (<= boundary 27)))))
 (let (($x4866 (or $x51352 $x82921)))
 (let (($x173477 (= read_value x_2)))
 (let (($x179490 (and (and (= read_index 71) (not false)) (= boundary (- phase_811 1)))))
 (let (($x33677 (and $x179490 $x173477)))
 (let (($x220292 (and (and (= read_index 68) (not false)) (= boundary (- phase_808 1)))))
 (let (($x52945 (and $x220292 $x173477)))
 (let (($x142165 (and (and (= read_index 67) (not false)) (= boundary (- phase_807 1)))))
 (let (($x30544 (and $x142165 $x173477)))
 (let (($x56339 (and (and (= read_index 64) (not false)) (= boundary (- phase_804 1)))))
 (let (($x43681 (and $x56339 $x173477)))
 (let (($x160065 (and (and (= read_index 63) (not false)) (= boundary (- phase_803 1)))))
 (let (($x85285 (and $x160065 $x173477)))
 (let (($x196225 (and (and (= read_index 62) (not false)) (= boundary (- phase_802 1)))))
 (let (($x172822 (and $x196225 $x173477)))
 (let (($x36268 (and (and (= read_index 59) (not false)) (= boundary (- phase_799 1)))))
 (let (($x55429 (and $x36268 $x173477)))
 (let (($x180198 (and (and (= read_index 58) (not false)) (= boundary (- phase_798 1)))))
 (let (($x116934 (and $x180198 $x173477)))
 (let (($x31333 (and (and (= read_index 57) (not false)) (= boundary (- phase_797 1)))))
 (let (($x17221 (and $x31333 $x173477)))
 (let (($x63374 (and (and (= read_index 56) (not false)) (= boundary (- phase_796 1)))))
 (let (($x151609 (and $x63374 $x173477)))
 (let (($x127640 (and (and (= read_index 53) (not false)) (= boundary (- phase_793 1)))))
 (let (($x191966 (and $x127640 $x173477)))
 (let (($x7787 (and (and (= read_index 52) (not false)) (= boundary (- phase_792 1)))))
 (let (($x77588 (and $x7787 $x173477)))
 (let (($x230799 (and (and (= read_index 51) (not false)) (= boundary (- phase_791 1)))))
 (let (($x101798 (and $x230799 $x173477)))
 (let (($x64969 (and (and (= read_index 50) (not false)) (= boundary (- phase_790 1)))))
 (let (($x35001 (and $x64969 $x173477)))
 (let (($x208575 (and (and (= read_index 46) (not false)) (= boundary (- phase_786 1)))))
 (let (($x214753 (and $x208575 $x173477)))
 (let (($x159757 (and (and (= read_index 45) (not false)) (= boundary (- phase_785 1)))))
 (let (($x161915 (and $x159757 $x173477)))
 (let (($x96907 (and (and (= read_index 44) (not false)) (= boundary (- phase_784 1)))))
 (let (($x109126 (and $x96907 $x173477)))
 (let (($x27717 (and (and (= read_index 43) (not false)) (= boundary (- phase_783 1)))))
 (let (($x47055 (and $x27717 $x173477)))
 (let (($x97300 (or $x47055 $x109126 $x161915 $x214753 $x35001 $x101798 $x77588 $x191966 $x151609 $x17221 $x116934 $x55429 $x172822 $x85285 $x43681 $x30544 $x52945 $x33677)))
 (and $x97300 $x4866)))))))))))))))))))))))))))))))))))))))))))
(check-sat)
