(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_811 () Int)
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
(declare-fun x_1196 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_811 12))
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
 (let ((?x56150 (* (- 1.0) x_1196)))
 (let (($x117092 (>= boundary 35)))
 (let ((?x73490 (ite $x117092 ?x56150 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x43914 (ite $x175310 (* 1.0 x_1196) 0.0)))
 (let ((?x74048 (+ ?x43914 ?x73490)))
 (let (($x90991 (= read_value x_1196)))
 (let (($x193495 (= read_index 24)))
 (let (($x54517 (and (and $x193495 (not (= phase_811 (- phase_913 1)))) (= boundary (- phase_913 2)))))
 (let (($x110373 (and (and (= read_index 23) (not false)) (= boundary (- phase_911 1)))))
 (let (($x135767 (and (and (= read_index 22) (not false)) (= boundary (- phase_910 1)))))
 (let (($x128407 (and (and (= read_index 21) (not false)) (= boundary (- phase_909 1)))))
 (let (($x89305 (and (and (= read_index 20) (not false)) (= boundary (- phase_908 1)))))
 (let (($x104834 (and (and (= read_index 19) (not false)) (= boundary (- phase_907 1)))))
 (let (($x115067 (and (and (= read_index 18) (not false)) (= boundary (- phase_906 1)))))
 (let (($x26903 (and (and (= read_index 17) (not false)) (= boundary (- phase_905 1)))))
 (let (($x189338 (and (and (= read_index 16) (not false)) (= boundary (- phase_904 1)))))
 (let (($x253113 (and (and (= read_index 15) (not false)) (= boundary (- phase_903 1)))))
 (let (($x160089 (and (and (= read_index 14) (not false)) (= boundary (- phase_902 1)))))
 (let (($x98023 (and (and (= read_index 13) (not false)) (= boundary (- phase_901 1)))))
 (let (($x153400 (and (and (= read_index 12) (not false)) (= boundary (- phase_900 1)))))
 (let (($x28361 (and (and (= read_index 11) (not false)) (= boundary (- phase_899 1)))))
 (let (($x73313 (and (and (= read_index 10) (not false)) (= boundary (- phase_898 1)))))
 (let (($x167696 (and (and (= read_index 9) (not false)) (= boundary (- phase_897 1)))))
 (let (($x179365 (and (and (= read_index 8) (not false)) (= boundary (- phase_896 1)))))
 (let (($x194260 (and (and (= read_index 7) (not false)) (= boundary (- phase_895 1)))))
 (let (($x30566 (and (and (= read_index 6) (not false)) (= boundary (- phase_894 1)))))
 (let (($x83925 (and (and (= read_index 5) (not false)) (= boundary (- phase_893 1)))))
 (let (($x253108 (and (and (= read_index 4) (not false)) (= boundary (- phase_892 1)))))
 (let (($x211349 (and (and (= read_index 3) (not false)) (= boundary (- phase_891 1)))))
 (let (($x165714 (and (and (= read_index 2) (not false)) (= boundary (- phase_890 1)))))
 (let (($x120625 (and (and (= read_index 1) (not false)) (= boundary (- phase_889 1)))))
 (let (($x87634 (and (and (= read_index 0) (not false)) (= boundary (- phase_888 1)))))
 (let (($x25191 (or (and $x87634 $x90991) (and $x120625 $x90991) (and $x165714 $x90991) (and $x211349 $x90991) (and $x253108 $x90991) (and $x83925 $x90991) (and $x30566 $x90991) (and $x194260 $x90991) (and $x179365 $x90991) (and $x167696 $x90991) (and $x73313 $x90991) (and $x28361 $x90991) (and $x153400 $x90991) (and $x98023 $x90991) (and $x160089 $x90991) (and $x253113 $x90991) (and $x189338 $x90991) (and $x26903 $x90991) (and $x115067 $x90991) (and $x104834 $x90991) (and $x89305 $x90991) (and $x128407 $x90991) (and $x135767 $x90991) (and $x110373 $x90991) (and $x54517 $x90991))))
 (and $x25191 (and (distinct ?x74048 read_value) true)))))))))))))))))))))))))))))))))))))
(check-sat)
