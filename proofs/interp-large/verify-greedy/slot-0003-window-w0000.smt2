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
(declare-fun x_3 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(declare-fun boundary_half () Int)
(declare-fun value_index () Int)
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
 (let ((?x135766 (* 1.0 x_3)))
 (let (($x39646 (>= boundary (- 1))))
 (let ((?x151460 (ite $x39646 ?x135766 0.0)))
 (let (($x130283 (or (not (and true (<= boundary 11))) (and (distinct ?x151460 read_value) true))))
 (let (($x208079 (= read_value x_3)))
 (let (($x77677 (and (and (= read_index 79) (not false)) (= boundary (- phase_816 1)))))
 (let (($x219938 (and (and (= read_index 78) (not false)) (= boundary (- phase_815 1)))))
 (let (($x119204 (and (and (= read_index 77) (not false)) (= boundary (- phase_814 1)))))
 (let (($x27972 (and (and (= read_index 76) (not false)) (= boundary (- phase_813 1)))))
 (let (($x64199 (and (and (= read_index 75) (not false)) (= boundary (- phase_812 1)))))
 (let (($x179478 (and (and (= read_index 74) (not false)) (= boundary (- phase_811 1)))))
 (let (($x74379 (and (and (= read_index 73) (not false)) (= boundary (- phase_810 1)))))
 (let (($x62484 (and (and (= read_index 72) (not false)) (= boundary (- phase_809 1)))))
 (let (($x242324 (and (and (= read_index 71) (not false)) (= boundary (- phase_808 1)))))
 (let (($x183840 (and (and (= read_index 70) (not false)) (= boundary (- phase_807 1)))))
 (let (($x225533 (and (and (= read_index 69) (not false)) (= boundary (- phase_806 1)))))
 (let (($x157197 (and (and (= read_index 68) (not false)) (= boundary (- phase_805 1)))))
 (let (($x50963 (and (and (= read_index 67) (not false)) (= boundary (- phase_804 1)))))
 (let (($x135017 (and (and (= read_index 66) (not false)) (= boundary (- phase_803 1)))))
 (let (($x189284 (and (and (= read_index 65) (not false)) (= boundary (- phase_802 1)))))
 (let (($x140036 (and (and (= read_index 64) (not false)) (= boundary (- phase_801 1)))))
 (let (($x181430 (and (and (= read_index 63) (not false)) (= boundary (- phase_800 1)))))
 (let (($x236552 (and (and (= read_index 62) (not false)) (= boundary (- phase_799 1)))))
 (let (($x209660 (and (and (= read_index 61) (not false)) (= boundary (- phase_798 1)))))
 (let (($x193206 (and (and (= read_index 60) (not false)) (= boundary (- phase_797 1)))))
 (let (($x99023 (and (and (= read_index 59) (not false)) (= boundary (- phase_796 1)))))
 (let (($x145831 (and (and (= read_index 58) (not false)) (= boundary (- phase_795 1)))))
 (let (($x172417 (and (and (= read_index 57) (not false)) (= boundary (- phase_794 1)))))
 (let (($x47146 (and (and (= read_index 56) (not false)) (= boundary (- phase_793 1)))))
 (let (($x166706 (and (and (= read_index 55) (not false)) (= boundary (- phase_792 1)))))
 (let (($x180534 (and (and (= read_index 54) (not false)) (= boundary (- phase_791 1)))))
 (let (($x158237 (and (and (= read_index 53) (not false)) (= boundary (- phase_790 1)))))
 (let (($x133937 (and (and (= read_index 52) (not false)) (= boundary (- phase_789 1)))))
 (let (($x254061 (and (and (= read_index 51) (not false)) (= boundary (- phase_788 1)))))
 (let (($x122077 (and (and (= read_index 50) (not false)) (= boundary (- phase_787 1)))))
 (let (($x49067 (and (and (= read_index 49) (not false)) (= boundary (- phase_786 1)))))
 (let (($x207907 (and (and (= read_index 48) (not false)) (= boundary (- phase_785 1)))))
 (let (($x249311 (and (and (= read_index 47) (not false)) (= boundary (- phase_784 1)))))
 (let (($x136992 (and (and (= read_index 46) (not false)) (= boundary (- phase_783 1)))))
 (let (($x111688 (and (and (= read_index 45) (not false)) (= boundary (- phase_782 1)))))
 (let (($x54632 (and (and (= read_index 44) (not false)) (= boundary (- phase_781 1)))))
 (let (($x57331 (not false)))
 (let (($x43328 (= read_index 19)))
 (let (($x122667 (and $x43328 $x57331)))
 (let (($x264869 (= read_index 18)))
 (let (($x89960 (and $x264869 $x57331)))
 (let (($x198876 (= read_index 17)))
 (let (($x54784 (and $x198876 $x57331)))
 (let (($x205152 (and (and (= read_index 16) $x57331) (= boundary (- phase_241 1)))))
 (let (($x281848 (and (and (= read_index 15) $x57331) (= boundary (- phase_240 1)))))
 (let (($x46307 (and (and (= read_index 14) $x57331) (= boundary (- phase_239 1)))))
 (let (($x179248 (and (and (= read_index 13) $x57331) (= boundary (- phase_238 1)))))
 (let (($x120273 (and (and (= read_index 12) $x57331) (= boundary (- phase_237 1)))))
 (let (($x196126 (and (and (= read_index 11) $x57331) (= boundary (- phase_236 1)))))
 (let (($x220353 (and (and (= read_index 10) $x57331) (= boundary (- phase_235 1)))))
 (let (($x24793 (and (and (= read_index 9) $x57331) (= boundary (- phase_234 1)))))
 (let (($x113375 (and (and (= read_index 8) $x57331) (= boundary (- phase_233 1)))))
 (let (($x119004 (and (and (= read_index 7) $x57331) (= boundary (- phase_232 1)))))
 (let (($x140280 (and (and (= read_index 6) $x57331) (= boundary (- phase_231 1)))))
 (let (($x154188 (and (and (= read_index 5) $x57331) (= boundary (- phase_230 1)))))
 (let (($x286657 (and (and (= read_index 4) $x57331) (= boundary (- phase_229 1)))))
 (let (($x40440 (and (and (= read_index 3) $x57331) (= boundary (- phase_48 1)))))
 (let (($x186411 (and (and (= read_index 2) $x57331) (= boundary (- phase_47 1)))))
 (let (($x132176 (and (and (= read_index 1) $x57331) (= boundary (- phase_46 1)))))
 (let (($x191743 (and (and (= read_index 0) $x57331) (= boundary (- phase_12 1)))))
 (let (($x121601 (or (and $x191743 $x208079) (and $x132176 $x208079) (and $x186411 $x208079) (and $x40440 $x208079) (and $x286657 $x208079) (and $x154188 $x208079) (and $x140280 $x208079) (and $x119004 $x208079) (and $x113375 $x208079) (and $x24793 $x208079) (and $x220353 $x208079) (and $x196126 $x208079) (and $x120273 $x208079) (and $x179248 $x208079) (and $x46307 $x208079) (and $x281848 $x208079) (and $x205152 $x208079) (and (and $x54784 (= boundary (- phase_242 1))) $x208079) (and (and $x89960 (= boundary (- phase_243 1))) $x208079) (and (and $x122667 (= boundary (- phase_244 1))) $x208079) (and $x54632 $x208079) (and $x111688 $x208079) (and $x136992 $x208079) (and $x249311 $x208079) (and $x207907 $x208079) (and $x49067 $x208079) (and $x122077 $x208079) (and $x254061 $x208079) (and $x133937 $x208079) (and $x158237 $x208079) (and $x180534 $x208079) (and $x166706 $x208079) (and $x47146 $x208079) (and $x172417 $x208079) (and $x145831 $x208079) (and $x99023 $x208079) (and $x193206 $x208079) (and $x209660 $x208079) (and $x236552 $x208079) (and $x181430 $x208079) (and $x140036 $x208079) (and $x189284 $x208079) (and $x135017 $x208079) (and $x50963 $x208079) (and $x157197 $x208079) (and $x225533 $x208079) (and $x183840 $x208079) (and $x242324 $x208079) (and $x62484 $x208079) (and $x74379 $x208079) (and $x179478 $x208079) (and $x64199 $x208079) (and $x27972 $x208079) (and $x119204 $x208079) (and $x219938 $x208079) (and $x77677 $x208079))))
 (let (($x181264 (and $x121601 $x130283)))
 (let (($x35628 (and (and true (<= (- 1) boundary)) (< boundary 536870911))))
 (let ((?x152191 (ite $x35628 x_3 0.0)))
 (let (($x166296 (and (distinct ?x151460 ?x152191) true)))
 (let (($x29314 (<= boundary 11)))
 (let (($x154068 (and true $x29314)))
 (let (($x53088 (<= boundary 51)))
 (let (($x52499 (and (= boundary (+ (* 2 boundary_half) 1)) $x39646)))
 (let (($x53179 (and $x52499 $x53088)))
 (let (($x158709 (and $x53179 $x154068)))
 (let (($x174786 (and $x158709 $x166296)))
 (let (($x4254 (= value_index 0)))
 (let (($x22668 (and $x4254 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x118322 (and $x22668 true)))
 (let (($x129192 (or $x118322)))
 (let (($x6364 (= boundary (- 1))))
 (let (($x121280 (or $x6364)))
 (let (($x131888 (and $x121280 $x129192)))
 (let (($x2830 (< boundary 0)))
 (let (($x75540 (and $x22668 $x2830)))
 (let (($x86953 (or $x75540)))
 (or $x86953 $x131888 $x174786 $x181264)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
