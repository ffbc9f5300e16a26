(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_786 () Int)
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
(declare-fun x_1151 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_786 12))
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
 (let ((?x40371 (* (- 1.0) x_1151)))
 (let (($x117092 (>= boundary 35)))
 (let ((?x44890 (ite $x117092 ?x40371 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x39300 (ite $x175310 (* 1.0 x_1151) 0.0)))
 (let ((?x46254 (+ ?x39300 ?x44890)))
 (let (($x68507 (= read_value x_1151)))
 (let (($x193495 (= read_index 24)))
 (let (($x180418 (and (and $x193495 (not (= phase_786 (- phase_913 1)))) (= boundary (- phase_913 2)))))
 (let (($x147046 (and (and (= read_index 23) (not false)) (= boundary (- phase_911 1)))))
 (let (($x136852 (and (and (= read_index 22) (not false)) (= boundary (- phase_910 1)))))
 (let (($x165737 (and (and (= read_index 21) (not false)) (= boundary (- phase_909 1)))))
 (let (($x215599 (and (and (= read_index 20) (not false)) (= boundary (- phase_908 1)))))
 (let (($x109680 (and (and (= read_index 19) (not false)) (= boundary (- phase_907 1)))))
 (let (($x220164 (and (and (= read_index 18) (not false)) (= boundary (- phase_906 1)))))
 (let (($x207880 (and (and (= read_index 17) (not false)) (= boundary (- phase_905 1)))))
 (let (($x123338 (and (and (= read_index 16) (not false)) (= boundary (- phase_904 1)))))
 (let (($x137480 (and (and (= read_index 15) (not false)) (= boundary (- phase_903 1)))))
 (let (($x86389 (and (and (= read_index 14) (not false)) (= boundary (- phase_902 1)))))
 (let (($x141671 (and (and (= read_index 13) (not false)) (= boundary (- phase_901 1)))))
 (let (($x193272 (and (and (= read_index 12) (not false)) (= boundary (- phase_900 1)))))
 (let (($x137060 (and (and (= read_index 11) (not false)) (= boundary (- phase_899 1)))))
 (let (($x33118 (and (and (= read_index 10) (not false)) (= boundary (- phase_898 1)))))
 (let (($x56447 (and (and (= read_index 9) (not false)) (= boundary (- phase_897 1)))))
 (let (($x253658 (and (and (= read_index 8) (not false)) (= boundary (- phase_896 1)))))
 (let (($x136698 (and (and (= read_index 7) (not false)) (= boundary (- phase_895 1)))))
 (let (($x67323 (and (and (= read_index 6) (not false)) (= boundary (- phase_894 1)))))
 (let (($x107944 (and (and (= read_index 5) (not false)) (= boundary (- phase_893 1)))))
 (let (($x263272 (and (and (= read_index 4) (not false)) (= boundary (- phase_892 1)))))
 (let (($x219278 (and (and (= read_index 3) (not false)) (= boundary (- phase_891 1)))))
 (let (($x139807 (and (and (= read_index 2) (not false)) (= boundary (- phase_890 1)))))
 (let (($x101942 (and (and (= read_index 1) (not false)) (= boundary (- phase_889 1)))))
 (let (($x65874 (and (and (= read_index 0) (not false)) (= boundary (- phase_888 1)))))
 (let (($x190306 (or (and $x65874 $x68507) (and $x101942 $x68507) (and $x139807 $x68507) (and $x219278 $x68507) (and $x263272 $x68507) (and $x107944 $x68507) (and $x67323 $x68507) (and $x136698 $x68507) (and $x253658 $x68507) (and $x56447 $x68507) (and $x33118 $x68507) (and $x137060 $x68507) (and $x193272 $x68507) (and $x141671 $x68507) (and $x86389 $x68507) (and $x137480 $x68507) (and $x123338 $x68507) (and $x207880 $x68507) (and $x220164 $x68507) (and $x109680 $x68507) (and $x215599 $x68507) (and $x165737 $x68507) (and $x136852 $x68507) (and $x147046 $x68507) (and $x180418 $x68507))))
 (and $x190306 (and (distinct ?x46254 read_value) true)))))))))))))))))))))))))))))))))))))
(check-sat)
