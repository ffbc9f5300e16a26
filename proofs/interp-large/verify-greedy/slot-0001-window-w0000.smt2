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
(declare-fun read_value () Real)
(declare-fun x_1 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(declare-fun boundary_half () Int)
(declare-fun value_index () Int)
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
 (let ((?x33775 (* 1.0 x_1)))
 (let (($x39646 (>= boundary (- 1))))
 (let ((?x33806 (ite $x39646 ?x33775 0.0)))
 (let (($x130253 (or (not (and true (<= boundary 11))) (and (distinct ?x33806 read_value) true))))
 (let (($x107181 (= read_value x_1)))
 (let (($x152040 (and (and (= read_index 78) (not false)) (= boundary (- phase_816 1)))))
 (let (($x125901 (and (and (= read_index 77) (not false)) (= boundary (- phase_815 1)))))
 (let (($x90496 (and (and (= read_index 76) (not false)) (= boundary (- phase_814 1)))))
 (let (($x165408 (and (and (= read_index 75) (not false)) (= boundary (- phase_813 1)))))
 (let (($x10225 (and (and (= read_index 74) (not false)) (= boundary (- phase_812 1)))))
 (let (($x208031 (and (and (= read_index 73) (not false)) (= boundary (- phase_811 1)))))
 (let (($x158146 (and (and (= read_index 72) (not false)) (= boundary (- phase_810 1)))))
 (let (($x8824 (and (and (= read_index 71) (not false)) (= boundary (- phase_809 1)))))
 (let (($x196001 (and (and (= read_index 70) (not false)) (= boundary (- phase_808 1)))))
 (let (($x194699 (and (and (= read_index 69) (not false)) (= boundary (- phase_807 1)))))
 (let (($x27401 (and (and (= read_index 68) (not false)) (= boundary (- phase_806 1)))))
 (let (($x62528 (and (and (= read_index 67) (not false)) (= boundary (- phase_805 1)))))
 (let (($x29724 (and (and (= read_index 66) (not false)) (= boundary (- phase_804 1)))))
 (let (($x272865 (and (and (= read_index 65) (not false)) (= boundary (- phase_803 1)))))
 (let (($x194405 (and (and (= read_index 64) (not false)) (= boundary (- phase_802 1)))))
 (let (($x190366 (and (and (= read_index 63) (not false)) (= boundary (- phase_801 1)))))
 (let (($x64386 (and (and (= read_index 62) (not false)) (= boundary (- phase_800 1)))))
 (let (($x50911 (and (and (= read_index 61) (not false)) (= boundary (- phase_799 1)))))
 (let (($x132282 (and (and (= read_index 60) (not false)) (= boundary (- phase_798 1)))))
 (let (($x23286 (and (and (= read_index 59) (not false)) (= boundary (- phase_797 1)))))
 (let (($x28361 (and (and (= read_index 58) (not false)) (= boundary (- phase_796 1)))))
 (let (($x22632 (and (and (= read_index 57) (not false)) (= boundary (- phase_795 1)))))
 (let (($x106254 (and (and (= read_index 56) (not false)) (= boundary (- phase_794 1)))))
 (let (($x248202 (and (and (= read_index 55) (not false)) (= boundary (- phase_793 1)))))
 (let (($x149900 (and (and (= read_index 54) (not false)) (= boundary (- phase_792 1)))))
 (let (($x57331 (not false)))
 (let (($x47333 (= read_index 53)))
 (let (($x234913 (and $x47333 $x57331)))
 (let (($x257077 (= read_index 52)))
 (let (($x25726 (and $x257077 $x57331)))
 (let (($x163753 (and (and (= read_index 51) $x57331) (= boundary (- phase_789 1)))))
 (let (($x47277 (and (and (= read_index 50) $x57331) (= boundary (- phase_788 1)))))
 (let (($x42360 (and (and (= read_index 49) $x57331) (= boundary (- phase_787 1)))))
 (let (($x265145 (and (and (= read_index 48) $x57331) (= boundary (- phase_786 1)))))
 (let (($x47132 (and (and (= read_index 47) $x57331) (= boundary (- phase_785 1)))))
 (let (($x30241 (and (and (= read_index 46) $x57331) (= boundary (- phase_784 1)))))
 (let (($x249309 (and (and (= read_index 45) $x57331) (= boundary (- phase_783 1)))))
 (let (($x163630 (and (and (= read_index 44) $x57331) (= boundary (- phase_782 1)))))
 (let (($x198619 (and (and (= read_index 43) $x57331) (= boundary (- phase_781 1)))))
 (let (($x198760 (and (and (= read_index 18) $x57331) (= boundary (- phase_244 1)))))
 (let (($x134185 (and (and (= read_index 17) $x57331) (= boundary (- phase_243 1)))))
 (let (($x246202 (and (and (= read_index 16) $x57331) (= boundary (- phase_242 1)))))
 (let (($x198997 (and (and (= read_index 15) $x57331) (= boundary (- phase_241 1)))))
 (let (($x199064 (and (and (= read_index 14) $x57331) (= boundary (- phase_240 1)))))
 (let (($x5668 (and (and (= read_index 13) $x57331) (= boundary (- phase_239 1)))))
 (let (($x152162 (and (and (= read_index 12) $x57331) (= boundary (- phase_238 1)))))
 (let (($x198900 (and (and (= read_index 11) $x57331) (= boundary (- phase_237 1)))))
 (let (($x42213 (and (and (= read_index 10) $x57331) (= boundary (- phase_236 1)))))
 (let (($x277681 (and (and (= read_index 9) $x57331) (= boundary (- phase_235 1)))))
 (let (($x144687 (and (and (= read_index 8) $x57331) (= boundary (- phase_234 1)))))
 (let (($x29058 (and (and (= read_index 7) $x57331) (= boundary (- phase_233 1)))))
 (let (($x145835 (and (and (= read_index 6) $x57331) (= boundary (- phase_232 1)))))
 (let (($x165471 (and (and (= read_index 5) $x57331) (= boundary (- phase_231 1)))))
 (let (($x158496 (and (and (= read_index 4) $x57331) (= boundary (- phase_230 1)))))
 (let (($x147270 (and (and (= read_index 3) $x57331) (= boundary (- phase_229 1)))))
 (let (($x144641 (and (and (= read_index 2) $x57331) (= boundary (- phase_12 1)))))
 (let (($x127379 (and (and (= read_index 1) $x57331) (= boundary (- phase_2 1)))))
 (let (($x104168 (and (and (= read_index 0) $x57331) (= boundary (- phase_1 1)))))
 (let (($x131902 (or (and $x104168 $x107181) (and $x127379 $x107181) (and $x144641 $x107181) (and $x147270 $x107181) (and $x158496 $x107181) (and $x165471 $x107181) (and $x145835 $x107181) (and $x29058 $x107181) (and $x144687 $x107181) (and $x277681 $x107181) (and $x42213 $x107181) (and $x198900 $x107181) (and $x152162 $x107181) (and $x5668 $x107181) (and $x199064 $x107181) (and $x198997 $x107181) (and $x246202 $x107181) (and $x134185 $x107181) (and $x198760 $x107181) (and $x198619 $x107181) (and $x163630 $x107181) (and $x249309 $x107181) (and $x30241 $x107181) (and $x47132 $x107181) (and $x265145 $x107181) (and $x42360 $x107181) (and $x47277 $x107181) (and $x163753 $x107181) (and (and $x25726 (= boundary (- phase_790 1))) $x107181) (and (and $x234913 (= boundary (- phase_791 1))) $x107181) (and $x149900 $x107181) (and $x248202 $x107181) (and $x106254 $x107181) (and $x22632 $x107181) (and $x28361 $x107181) (and $x23286 $x107181) (and $x132282 $x107181) (and $x50911 $x107181) (and $x64386 $x107181) (and $x190366 $x107181) (and $x194405 $x107181) (and $x272865 $x107181) (and $x29724 $x107181) (and $x62528 $x107181) (and $x27401 $x107181) (and $x194699 $x107181) (and $x196001 $x107181) (and $x8824 $x107181) (and $x158146 $x107181) (and $x208031 $x107181) (and $x10225 $x107181) (and $x165408 $x107181) (and $x90496 $x107181) (and $x125901 $x107181) (and $x152040 $x107181))))
 (let (($x42500 (and $x131902 $x130253)))
 (let ((?x39002 (ite (and (and true (<= (- 1) boundary)) (< boundary 536870911)) x_1 0.0)))
 (let (($x67123 (and (distinct ?x33806 ?x39002) true)))
 (let (($x29314 (<= boundary 11)))
 (let (($x40426 (and true $x29314)))
 (let (($x53088 (<= boundary 51)))
 (let (($x52499 (and (= boundary (+ (* 2 boundary_half) 1)) $x39646)))
 (let (($x53179 (and $x52499 $x53088)))
 (let (($x43853 (and $x53179 $x40426)))
 (let (($x71562 (and $x43853 $x67123)))
 (let (($x4254 (= value_index 0)))
 (let (($x243 (and $x4254 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x20199 (and $x243 true)))
 (let (($x30400 (or $x20199)))
 (let (($x6364 (= boundary (- 1))))
 (let (($x25486 (or $x6364)))
 (let (($x30902 (and $x25486 $x30400)))
 (let (($x2830 (< boundary 0)))
 (let (($x246 (and $x243 $x2830)))
 (let (($x4056 (or $x246)))
 (or $x4056 $x30902 $x71562 $x42500))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
