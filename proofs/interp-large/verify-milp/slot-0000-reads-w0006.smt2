(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_89 () Int)
(declare-fun phase_93 () Int)
(declare-fun phase_94 () Int)
(declare-fun phase_129 () Int)
(declare-fun phase_130 () Int)
(declare-fun phase_787 () Int)
(declare-fun phase_794 () Int)
(declare-fun phase_800 () Int)
(declare-fun phase_805 () Int)
(declare-fun phase_809 () Int)
(declare-fun phase_812 () Int)
(declare-fun phase_814 () Int)
(declare-fun phase_888 () Int)
(declare-fun phase_889 () Int)
(declare-fun phase_890 () Int)
(declare-fun phase_891 () Int)
(declare-fun phase_892 () Int)
(declare-fun phase_893 () Int)
(declare-fun phase_894 () Int)
(declare-fun phase_895 () Int)
(declare-fun phase_896 () Int)
(declare-fun phase_897 () Int)
(declare-fun phase_898 () Int)
(declare-fun phase_899 () Int)
(declare-fun phase_900 () Int)
(declare-fun phase_901 () Int)
(declare-fun phase_902 () Int)
(declare-fun phase_903 () Int)
(declare-fun phase_904 () Int)
(declare-fun phase_905 () Int)
(declare-fun phase_906 () Int)
(declare-fun phase_907 () Int)
(declare-fun phase_908 () Int)
(declare-fun phase_909 () Int)
(declare-fun phase_910 () Int)
(declare-fun phase_911 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_89 30))
(assert
 (= phase_93 34))
(assert
 (= phase_94 34))
(assert
 (= phase_129 34))
(assert
 (= phase_130 34))
(assert
 (= phase_787 32))
(assert
 (= phase_794 32))
(assert
 (= phase_800 32))
(assert
 (= phase_805 32))
(assert
 (= phase_809 32))
(assert
 (= phase_812 32))
(assert
 (= phase_814 32))
(assert
 (= phase_888 34))
(assert
 (= phase_889 34))
(assert
 (= phase_890 34))
(assert
 (= phase_891 34))
(assert
 (= phase_892 34))
(assert
 (= phase_893 34))
(assert
 (= phase_894 34))
(assert
 (= phase_895 34))
(assert
 (= phase_896 34))
(assert
 (= phase_897 34))
(assert
 (= phase_898 34))
(assert
 (= phase_899 34))
(assert
 (= phase_900 34))
(assert
 (= phase_901 34))
(assert
 (= phase_902 34))
(assert
 (= phase_903 34))
(assert
 (= phase_904 34))
(assert
 (= phase_905 34))
(assert
 (= phase_906 34))
(assert
 (= phase_907 34))
(assert
 (= phase_908 34))
(assert
 (= phase_909 34))
(assert
 (= phase_910 34))
(assert
 (= phase_911 34))
(assert
 (let ((?x4823 (+ phase_89 1)))
 (let (($x147202 (> ?x4823 (- 1))))
 (let ((?x159584 (ite $x147202 ?x4823 (- 1))))
 (= window_start_contents (ite (and (and true (<= (- 1) 29)) (< 29 ?x159584)) x_0 0.0))))))
(assert
 (let (($x155831 (and (distinct window_start_contents read_value) true)))
 (let (($x133025 (not (and (and true (> boundary 29)) (<= boundary 33)))))
 (let (($x152784 (or $x133025 $x155831)))
 (let (($x23999 (= read_value x_0)))
 (let (($x160504 (and (and (= read_index 325) (not false)) (= boundary (- phase_911 1)))))
 (let (($x3768 (and $x160504 $x23999)))
 (let (($x200735 (and (and (= read_index 324) (not false)) (= boundary (- phase_910 1)))))
 (let (($x66162 (and $x200735 $x23999)))
 (let (($x43867 (and (and (= read_index 323) (not false)) (= boundary (- phase_909 1)))))
 (let (($x191905 (and $x43867 $x23999)))
 (let (($x200238 (and (and (= read_index 322) (not false)) (= boundary (- phase_908 1)))))
 (let (($x140368 (and $x200238 $x23999)))
 (let (($x23615 (and (and (= read_index 321) (not false)) (= boundary (- phase_907 1)))))
 (let (($x81289 (and $x23615 $x23999)))
 (let (($x169582 (and (and (= read_index 320) (not false)) (= boundary (- phase_906 1)))))
 (let (($x1483 (and $x169582 $x23999)))
 (let (($x160232 (and (and (= read_index 319) (not false)) (= boundary (- phase_905 1)))))
 (let (($x121741 (and $x160232 $x23999)))
 (let (($x12852 (and (and (= read_index 318) (not false)) (= boundary (- phase_904 1)))))
 (let (($x19892 (and $x12852 $x23999)))
 (let (($x189457 (and (and (= read_index 317) (not false)) (= boundary (- phase_903 1)))))
 (let (($x192072 (and $x189457 $x23999)))
 (let (($x20046 (and (and (= read_index 316) (not false)) (= boundary (- phase_902 1)))))
 (let (($x78080 (and $x20046 $x23999)))
 (let (($x194619 (and (and (= read_index 315) (not false)) (= boundary (- phase_901 1)))))
 (let (($x83371 (and $x194619 $x23999)))
 (let (($x49126 (and (and (= read_index 314) (not false)) (= boundary (- phase_900 1)))))
 (let (($x99786 (and $x49126 $x23999)))
 (let (($x140401 (and (and (= read_index 313) (not false)) (= boundary (- phase_899 1)))))
 (let (($x15966 (and $x140401 $x23999)))
 (let (($x199325 (and (and (= read_index 312) (not false)) (= boundary (- phase_898 1)))))
 (let (($x179458 (and $x199325 $x23999)))
 (let (($x150341 (and (and (= read_index 311) (not false)) (= boundary (- phase_897 1)))))
 (let (($x179339 (and $x150341 $x23999)))
 (let (($x84669 (and (and (= read_index 310) (not false)) (= boundary (- phase_896 1)))))
 (let (($x92598 (and $x84669 $x23999)))
 (let (($x82543 (and (and (= read_index 309) (not false)) (= boundary (- phase_895 1)))))
 (let (($x187142 (and $x82543 $x23999)))
 (let (($x182114 (and (and (= read_index 308) (not false)) (= boundary (- phase_894 1)))))
 (let (($x7332 (and $x182114 $x23999)))
 (let (($x160008 (and (and (= read_index 307) (not false)) (= boundary (- phase_893 1)))))
 (let (($x39439 (and $x160008 $x23999)))
 (let (($x160976 (and (and (= read_index 306) (not false)) (= boundary (- phase_892 1)))))
 (let (($x189653 (and $x160976 $x23999)))
 (let (($x84711 (and (and (= read_index 305) (not false)) (= boundary (- phase_891 1)))))
 (let (($x194873 (and $x84711 $x23999)))
 (let (($x101250 (and (and (= read_index 304) (not false)) (= boundary (- phase_890 1)))))
 (let (($x191751 (and $x101250 $x23999)))
 (let (($x48798 (and (and (= read_index 303) (not false)) (= boundary (- phase_889 1)))))
 (let (($x178932 (and $x48798 $x23999)))
 (let (($x183337 (and (and (= read_index 302) (not false)) (= boundary (- phase_888 1)))))
 (let (($x141283 (and $x183337 $x23999)))
 (let (($x52166 (and (and (= read_index 239) (not false)) (= boundary (- phase_814 1)))))
 (let (($x177355 (and $x52166 $x23999)))
 (let (($x159931 (and (and (= read_index 237) (not false)) (= boundary (- phase_812 1)))))
 (let (($x209749 (and $x159931 $x23999)))
 (let (($x155827 (and (and (= read_index 234) (not false)) (= boundary (- phase_809 1)))))
 (let (($x29393 (and $x155827 $x23999)))
 (let (($x169602 (and (and (= read_index 230) (not false)) (= boundary (- phase_805 1)))))
 (let (($x66203 (and $x169602 $x23999)))
 (let (($x4099 (and (and (= read_index 225) (not false)) (= boundary (- phase_800 1)))))
 (let (($x84409 (and $x4099 $x23999)))
 (let (($x192047 (and (and (= read_index 219) (not false)) (= boundary (- phase_794 1)))))
 (let (($x140301 (and $x192047 $x23999)))
 (let (($x151300 (and (and (= read_index 212) (not false)) (= boundary (- phase_787 1)))))
 (let (($x27747 (and $x151300 $x23999)))
 (let (($x189496 (and (and (= read_index 67) (not false)) (= boundary (- phase_130 1)))))
 (let (($x189583 (and $x189496 $x23999)))
 (let (($x161705 (and (and (= read_index 66) (not false)) (= boundary (- phase_129 1)))))
 (let (($x161773 (and $x161705 $x23999)))
 (let (($x113232 (and (and (= read_index 49) (not false)) (= boundary (- phase_94 1)))))
 (let (($x123893 (and $x113232 $x23999)))
 (let (($x38161 (and (and (= read_index 48) (not false)) (= boundary (- phase_93 1)))))
 (let (($x52966 (and $x38161 $x23999)))
 (let (($x13084 (or $x52966 $x123893 $x161773 $x189583 $x27747 $x140301 $x84409 $x66203 $x29393 $x209749 $x177355 $x141283 $x178932 $x191751 $x194873 $x189653 $x39439 $x7332 $x187142 $x92598 $x179339 $x179458 $x15966 $x99786 $x83371 $x78080 $x192072 $x19892 $x121741 $x1483 $x81289 $x140368 $x191905 $x66162 $x3768)))
 (and $x13084 $x152784)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
