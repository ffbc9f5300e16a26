(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_89 () Int)
(declare-fun phase_93 () Int)
(declare-fun phase_94 () Int)
(declare-fun phase_129 () Int)
(declare-fun phase_130 () Int)
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
 (let ((?x5434 (+ phase_89 1)))
 (let (($x131538 (> ?x5434 (- 1))))
 (let ((?x182477 (ite $x131538 ?x5434 (- 1))))
 (= window_start_contents (ite (and (and true (<= (- 1) 29)) (< 29 ?x182477)) x_0 0.0))))))
(assert
 (let (($x199682 (and (distinct window_start_contents read_value) true)))
 (let (($x213390 (not (and (and true (> boundary 29)) (<= boundary 33)))))
 (let (($x75059 (or $x213390 $x199682)))
 (let (($x41424 (= read_value x_0)))
 (let (($x41314 (and (and (= read_index 325) (not false)) (= boundary (- phase_911 1)))))
 (let (($x176409 (and $x41314 $x41424)))
 (let (($x176506 (and (and (= read_index 324) (not false)) (= boundary (- phase_910 1)))))
 (let (($x201791 (and $x176506 $x41424)))
 (let (($x39104 (and (and (= read_index 323) (not false)) (= boundary (- phase_909 1)))))
 (let (($x12015 (and $x39104 $x41424)))
 (let (($x122044 (and (and (= read_index 322) (not false)) (= boundary (- phase_908 1)))))
 (let (($x59152 (and $x122044 $x41424)))
 (let (($x38572 (and (and (= read_index 321) (not false)) (= boundary (- phase_907 1)))))
 (let (($x9763 (and $x38572 $x41424)))
 (let (($x169967 (and (and (= read_index 320) (not false)) (= boundary (- phase_906 1)))))
 (let (($x27112 (and $x169967 $x41424)))
 (let (($x145714 (and (and (= read_index 319) (not false)) (= boundary (- phase_905 1)))))
 (let (($x66480 (and $x145714 $x41424)))
 (let (($x142311 (and (and (= read_index 318) (not false)) (= boundary (- phase_904 1)))))
 (let (($x189941 (and $x142311 $x41424)))
 (let (($x169972 (and (and (= read_index 317) (not false)) (= boundary (- phase_903 1)))))
 (let (($x27367 (and $x169972 $x41424)))
 (let (($x104968 (and (and (= read_index 316) (not false)) (= boundary (- phase_902 1)))))
 (let (($x147103 (and $x104968 $x41424)))
 (let (($x4654 (and (and (= read_index 315) (not false)) (= boundary (- phase_901 1)))))
 (let (($x153067 (and $x4654 $x41424)))
 (let (($x182179 (and (and (= read_index 314) (not false)) (= boundary (- phase_900 1)))))
 (let (($x25168 (and $x182179 $x41424)))
 (let (($x116523 (and (and (= read_index 313) (not false)) (= boundary (- phase_899 1)))))
 (let (($x119488 (and $x116523 $x41424)))
 (let (($x133071 (and (and (= read_index 312) (not false)) (= boundary (- phase_898 1)))))
 (let (($x166119 (and $x133071 $x41424)))
 (let (($x147095 (and (and (= read_index 311) (not false)) (= boundary (- phase_897 1)))))
 (let (($x85105 (and $x147095 $x41424)))
 (let (($x21008 (and (and (= read_index 310) (not false)) (= boundary (- phase_896 1)))))
 (let (($x55583 (and $x21008 $x41424)))
 (let (($x68562 (and (and (= read_index 309) (not false)) (= boundary (- phase_895 1)))))
 (let (($x161428 (and $x68562 $x41424)))
 (let (($x192583 (and (and (= read_index 308) (not false)) (= boundary (- phase_894 1)))))
 (let (($x199408 (and $x192583 $x41424)))
 (let (($x96803 (and (and (= read_index 307) (not false)) (= boundary (- phase_893 1)))))
 (let (($x218465 (and $x96803 $x41424)))
 (let (($x144725 (and (and (= read_index 306) (not false)) (= boundary (- phase_892 1)))))
 (let (($x188922 (and $x144725 $x41424)))
 (let (($x7261 (and (and (= read_index 305) (not false)) (= boundary (- phase_891 1)))))
 (let (($x232112 (and $x7261 $x41424)))
 (let (($x161502 (and (and (= read_index 304) (not false)) (= boundary (- phase_890 1)))))
 (let (($x218221 (and $x161502 $x41424)))
 (let (($x112965 (and (and (= read_index 303) (not false)) (= boundary (- phase_889 1)))))
 (let (($x40415 (and $x112965 $x41424)))
 (let (($x103041 (and (and (= read_index 302) (not false)) (= boundary (- phase_888 1)))))
 (let (($x129842 (and $x103041 $x41424)))
 (let (($x238424 (and (and (= read_index 67) (not false)) (= boundary (- phase_130 1)))))
 (let (($x71174 (and $x238424 $x41424)))
 (let (($x176505 (and (and (= read_index 66) (not false)) (= boundary (- phase_129 1)))))
 (let (($x181229 (and $x176505 $x41424)))
 (let (($x130426 (and (and (= read_index 49) (not false)) (= boundary (- phase_94 1)))))
 (let (($x152828 (and $x130426 $x41424)))
 (let (($x96809 (and (and (= read_index 48) (not false)) (= boundary (- phase_93 1)))))
 (let (($x98321 (and $x96809 $x41424)))
 (let (($x73262 (or $x98321 $x152828 $x181229 $x71174 $x129842 $x40415 $x218221 $x232112 $x188922 $x218465 $x199408 $x161428 $x55583 $x85105 $x166119 $x119488 $x25168 $x153067 $x147103 $x27367 $x189941 $x66480 $x27112 $x9763 $x59152 $x12015 $x201791 $x176409)))
 (and $x73262 $x75059)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
