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
(declare-fun x_2 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(declare-fun boundary_half () Int)
(declare-fun value_index () Int)
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
 (let ((?x131101 (* 1.0 x_2)))
 (let (($x39646 (>= boundary (- 1))))
 (let ((?x133862 (ite $x39646 ?x131101 0.0)))
 (let (($x174785 (or (not (and true (<= boundary 11))) (and (distinct ?x133862 read_value) true))))
 (let (($x190072 (= read_value x_2)))
 (let (($x140639 (and (and (= read_index 76) (not false)) (= boundary (- phase_816 1)))))
 (let (($x17071 (and (and (= read_index 75) (not false)) (= boundary (- phase_815 1)))))
 (let (($x188904 (and (and (= read_index 74) (not false)) (= boundary (- phase_814 1)))))
 (let (($x107451 (and (and (= read_index 73) (not false)) (= boundary (- phase_813 1)))))
 (let (($x30443 (and (and (= read_index 72) (not false)) (= boundary (- phase_812 1)))))
 (let (($x149200 (and (and (= read_index 71) (not false)) (= boundary (- phase_811 1)))))
 (let (($x140829 (and (and (= read_index 70) (not false)) (= boundary (- phase_810 1)))))
 (let (($x102012 (and (and (= read_index 69) (not false)) (= boundary (- phase_809 1)))))
 (let (($x122968 (and (and (= read_index 68) (not false)) (= boundary (- phase_808 1)))))
 (let (($x159049 (and (and (= read_index 67) (not false)) (= boundary (- phase_807 1)))))
 (let (($x87639 (and (and (= read_index 66) (not false)) (= boundary (- phase_806 1)))))
 (let (($x85104 (and (and (= read_index 65) (not false)) (= boundary (- phase_805 1)))))
 (let (($x251262 (and (and (= read_index 64) (not false)) (= boundary (- phase_804 1)))))
 (let (($x30346 (and (and (= read_index 63) (not false)) (= boundary (- phase_803 1)))))
 (let (($x36510 (and (and (= read_index 62) (not false)) (= boundary (- phase_802 1)))))
 (let (($x48338 (and (and (= read_index 61) (not false)) (= boundary (- phase_801 1)))))
 (let (($x58482 (and (and (= read_index 60) (not false)) (= boundary (- phase_800 1)))))
 (let (($x180299 (and (and (= read_index 59) (not false)) (= boundary (- phase_799 1)))))
 (let (($x48315 (and (and (= read_index 58) (not false)) (= boundary (- phase_798 1)))))
 (let (($x76896 (and (and (= read_index 57) (not false)) (= boundary (- phase_797 1)))))
 (let (($x77550 (and (and (= read_index 56) (not false)) (= boundary (- phase_796 1)))))
 (let (($x64177 (and (and (= read_index 55) (not false)) (= boundary (- phase_795 1)))))
 (let (($x47077 (and (and (= read_index 54) (not false)) (= boundary (- phase_794 1)))))
 (let (($x187663 (and (and (= read_index 53) (not false)) (= boundary (- phase_793 1)))))
 (let (($x192933 (and (and (= read_index 52) (not false)) (= boundary (- phase_792 1)))))
 (let (($x227708 (and (and (= read_index 51) (not false)) (= boundary (- phase_791 1)))))
 (let (($x75149 (and (and (= read_index 50) (not false)) (= boundary (- phase_790 1)))))
 (let (($x96389 (and (and (= read_index 49) (not false)) (= boundary (- phase_789 1)))))
 (let (($x193380 (and (and (= read_index 48) (not false)) (= boundary (- phase_788 1)))))
 (let (($x1055 (and (and (= read_index 47) (not false)) (= boundary (- phase_787 1)))))
 (let (($x155093 (and (and (= read_index 46) (not false)) (= boundary (- phase_786 1)))))
 (let (($x133293 (and (and (= read_index 45) (not false)) (= boundary (- phase_785 1)))))
 (let (($x191690 (and (and (= read_index 44) (not false)) (= boundary (- phase_784 1)))))
 (let (($x165371 (and (and (= read_index 43) (not false)) (= boundary (- phase_783 1)))))
 (let (($x57331 (not false)))
 (let (($x64084 (= read_index 42)))
 (let (($x94403 (and $x64084 $x57331)))
 (let (($x190348 (= read_index 41)))
 (let (($x94228 (and $x190348 $x57331)))
 (let (($x28347 (and (and (= read_index 16) $x57331) (= boundary (- phase_244 1)))))
 (let (($x236867 (and (and (= read_index 15) $x57331) (= boundary (- phase_243 1)))))
 (let (($x187697 (and (and (= read_index 14) $x57331) (= boundary (- phase_242 1)))))
 (let (($x165715 (and (and (= read_index 13) $x57331) (= boundary (- phase_241 1)))))
 (let (($x4018 (and (and (= read_index 12) $x57331) (= boundary (- phase_240 1)))))
 (let (($x127155 (and (and (= read_index 11) $x57331) (= boundary (- phase_239 1)))))
 (let (($x11987 (and (and (= read_index 10) $x57331) (= boundary (- phase_238 1)))))
 (let (($x99648 (and (and (= read_index 9) $x57331) (= boundary (- phase_237 1)))))
 (let (($x97379 (and (and (= read_index 8) $x57331) (= boundary (- phase_236 1)))))
 (let (($x189186 (and (and (= read_index 7) $x57331) (= boundary (- phase_235 1)))))
 (let (($x138275 (and (and (= read_index 6) $x57331) (= boundary (- phase_234 1)))))
 (let (($x136815 (and (and (= read_index 5) $x57331) (= boundary (- phase_233 1)))))
 (let (($x179363 (and (and (= read_index 4) $x57331) (= boundary (- phase_232 1)))))
 (let (($x38962 (and (and (= read_index 3) $x57331) (= boundary (- phase_231 1)))))
 (let (($x23442 (and (and (= read_index 2) $x57331) (= boundary (- phase_230 1)))))
 (let (($x144093 (and (and (= read_index 1) $x57331) (= boundary (- phase_229 1)))))
 (let (($x189126 (and (and (= read_index 0) $x57331) (= boundary (- phase_12 1)))))
 (let (($x46844 (or (and $x189126 $x190072) (and $x144093 $x190072) (and $x23442 $x190072) (and $x38962 $x190072) (and $x179363 $x190072) (and $x136815 $x190072) (and $x138275 $x190072) (and $x189186 $x190072) (and $x97379 $x190072) (and $x99648 $x190072) (and $x11987 $x190072) (and $x127155 $x190072) (and $x4018 $x190072) (and $x165715 $x190072) (and $x187697 $x190072) (and $x236867 $x190072) (and $x28347 $x190072) (and (and $x94228 (= boundary (- phase_781 1))) $x190072) (and (and $x94403 (= boundary (- phase_782 1))) $x190072) (and $x165371 $x190072) (and $x191690 $x190072) (and $x133293 $x190072) (and $x155093 $x190072) (and $x1055 $x190072) (and $x193380 $x190072) (and $x96389 $x190072) (and $x75149 $x190072) (and $x227708 $x190072) (and $x192933 $x190072) (and $x187663 $x190072) (and $x47077 $x190072) (and $x64177 $x190072) (and $x77550 $x190072) (and $x76896 $x190072) (and $x48315 $x190072) (and $x180299 $x190072) (and $x58482 $x190072) (and $x48338 $x190072) (and $x36510 $x190072) (and $x30346 $x190072) (and $x251262 $x190072) (and $x85104 $x190072) (and $x87639 $x190072) (and $x159049 $x190072) (and $x122968 $x190072) (and $x102012 $x190072) (and $x140829 $x190072) (and $x149200 $x190072) (and $x30443 $x190072) (and $x107451 $x190072) (and $x188904 $x190072) (and $x17071 $x190072) (and $x140639 $x190072))))
 (let (($x110173 (and $x46844 $x174785)))
 (let (($x35628 (and (and true (<= (- 1) boundary)) (< boundary 536870911))))
 (let ((?x139199 (ite $x35628 x_2 0.0)))
 (let (($x144329 (and (distinct ?x133862 ?x139199) true)))
 (let (($x29314 (<= boundary 11)))
 (let (($x140032 (and true $x29314)))
 (let (($x53088 (<= boundary 51)))
 (let (($x52499 (and (= boundary (+ (* 2 boundary_half) 1)) $x39646)))
 (let (($x53179 (and $x52499 $x53088)))
 (let (($x143635 (and $x53179 $x140032)))
 (let (($x149254 (and $x143635 $x144329)))
 (let (($x4254 (= value_index 0)))
 (let (($x39687 (and $x4254 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x62341 (and $x39687 true)))
 (let (($x87048 (or $x62341)))
 (let (($x6364 (= boundary (- 1))))
 (let (($x79319 (or $x6364)))
 (let (($x106935 (and $x79319 $x87048)))
 (let (($x2830 (< boundary 0)))
 (let (($x46325 (and $x39687 $x2830)))
 (let (($x61528 (or $x46325)))
 (or $x61528 $x106935 $x149254 $x110173)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
