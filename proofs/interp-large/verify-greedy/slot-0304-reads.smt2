(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_808 () Int)
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
(declare-fun phase_913 () Int)
(declare-fun read_value () Real)
(declare-fun x_1191 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_808 12))
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
 (= phase_913 35))
(assert
 (let ((?x50417 (* (- 1.0) x_1191)))
 (let (($x117092 (>= boundary 35)))
 (let ((?x63575 (ite $x117092 ?x50417 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x48757 (ite $x175310 (* 1.0 x_1191) 0.0)))
 (let ((?x78330 (+ ?x48757 ?x63575)))
 (let (($x47880 (= read_value x_1191)))
 (let (($x193495 (= read_index 24)))
 (let (($x138585 (and (and $x193495 (not (= phase_808 (- phase_913 1)))) (= boundary (- phase_913 2)))))
 (let (($x35495 (and (and (= read_index 23) (not false)) (= boundary (- phase_911 1)))))
 (let (($x139875 (and (and (= read_index 22) (not false)) (= boundary (- phase_910 1)))))
 (let (($x155120 (and (and (= read_index 21) (not false)) (= boundary (- phase_909 1)))))
 (let (($x187662 (and (and (= read_index 20) (not false)) (= boundary (- phase_908 1)))))
 (let (($x141845 (and (and (= read_index 19) (not false)) (= boundary (- phase_907 1)))))
 (let (($x197102 (and (and (= read_index 18) (not false)) (= boundary (- phase_906 1)))))
 (let (($x57964 (and (and (= read_index 17) (not false)) (= boundary (- phase_905 1)))))
 (let (($x71488 (and (and (= read_index 16) (not false)) (= boundary (- phase_904 1)))))
 (let (($x188972 (and (and (= read_index 15) (not false)) (= boundary (- phase_903 1)))))
 (let (($x71951 (and (and (= read_index 14) (not false)) (= boundary (- phase_902 1)))))
 (let (($x143696 (and (and (= read_index 13) (not false)) (= boundary (- phase_901 1)))))
 (let (($x167619 (and (and (= read_index 12) (not false)) (= boundary (- phase_900 1)))))
 (let (($x22487 (and (and (= read_index 11) (not false)) (= boundary (- phase_899 1)))))
 (let (($x92081 (and (and (= read_index 10) (not false)) (= boundary (- phase_898 1)))))
 (let (($x55026 (and (and (= read_index 9) (not false)) (= boundary (- phase_897 1)))))
 (let (($x260167 (and (and (= read_index 8) (not false)) (= boundary (- phase_896 1)))))
 (let (($x219107 (and (and (= read_index 7) (not false)) (= boundary (- phase_895 1)))))
 (let (($x45895 (and (and (= read_index 6) (not false)) (= boundary (- phase_894 1)))))
 (let (($x99409 (and (and (= read_index 5) (not false)) (= boundary (- phase_893 1)))))
 (let (($x227838 (and (and (= read_index 4) (not false)) (= boundary (- phase_892 1)))))
 (let (($x179192 (and (and (= read_index 3) (not false)) (= boundary (- phase_891 1)))))
 (let (($x129773 (and (and (= read_index 2) (not false)) (= boundary (- phase_890 1)))))
 (let (($x93923 (and (and (= read_index 1) (not false)) (= boundary (- phase_889 1)))))
 (let (($x46740 (and (and (= read_index 0) (not false)) (= boundary (- phase_888 1)))))
 (let (($x66948 (or (and $x46740 $x47880) (and $x93923 $x47880) (and $x129773 $x47880) (and $x179192 $x47880) (and $x227838 $x47880) (and $x99409 $x47880) (and $x45895 $x47880) (and $x219107 $x47880) (and $x260167 $x47880) (and $x55026 $x47880) (and $x92081 $x47880) (and $x22487 $x47880) (and $x167619 $x47880) (and $x143696 $x47880) (and $x71951 $x47880) (and $x188972 $x47880) (and $x71488 $x47880) (and $x57964 $x47880) (and $x197102 $x47880) (and $x141845 $x47880) (and $x187662 $x47880) (and $x155120 $x47880) (and $x139875 $x47880) (and $x35495 $x47880) (and $x138585 $x47880))))
 (and $x66948 (and (distinct ?x78330 read_value) true)))))))))))))))))))))))))))))))))))))
(check-sat)
