(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_794 () Int)
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
(declare-fun x_1165 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_794 12))
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
 (let ((?x37288 (* (- 1.0) x_1165)))
 (let (($x117092 (>= boundary 35)))
 (let ((?x38052 (ite $x117092 ?x37288 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x21669 (ite $x175310 (* 1.0 x_1165) 0.0)))
 (let ((?x44247 (+ ?x21669 ?x38052)))
 (let (($x98276 (= read_value x_1165)))
 (let (($x193495 (= read_index 24)))
 (let (($x138210 (and (and $x193495 (not (= phase_794 (- phase_913 1)))) (= boundary (- phase_913 2)))))
 (let (($x133216 (and (and (= read_index 23) (not false)) (= boundary (- phase_911 1)))))
 (let (($x227806 (and (and (= read_index 22) (not false)) (= boundary (- phase_910 1)))))
 (let (($x111965 (and (and (= read_index 21) (not false)) (= boundary (- phase_909 1)))))
 (let (($x229082 (and (and (= read_index 20) (not false)) (= boundary (- phase_908 1)))))
 (let (($x93450 (and (and (= read_index 19) (not false)) (= boundary (- phase_907 1)))))
 (let (($x219581 (and (and (= read_index 18) (not false)) (= boundary (- phase_906 1)))))
 (let (($x140377 (and (and (= read_index 17) (not false)) (= boundary (- phase_905 1)))))
 (let (($x44794 (and (and (= read_index 16) (not false)) (= boundary (- phase_904 1)))))
 (let (($x53081 (and (and (= read_index 15) (not false)) (= boundary (- phase_903 1)))))
 (let (($x50881 (and (and (= read_index 14) (not false)) (= boundary (- phase_902 1)))))
 (let (($x27229 (and (and (= read_index 13) (not false)) (= boundary (- phase_901 1)))))
 (let (($x130071 (and (and (= read_index 12) (not false)) (= boundary (- phase_900 1)))))
 (let (($x225155 (and (and (= read_index 11) (not false)) (= boundary (- phase_899 1)))))
 (let (($x62939 (and (and (= read_index 10) (not false)) (= boundary (- phase_898 1)))))
 (let (($x167573 (and (and (= read_index 9) (not false)) (= boundary (- phase_897 1)))))
 (let (($x120969 (and (and (= read_index 8) (not false)) (= boundary (- phase_896 1)))))
 (let (($x117604 (and (and (= read_index 7) (not false)) (= boundary (- phase_895 1)))))
 (let (($x632 (and (and (= read_index 6) (not false)) (= boundary (- phase_894 1)))))
 (let (($x56387 (and (and (= read_index 5) (not false)) (= boundary (- phase_893 1)))))
 (let (($x226764 (and (and (= read_index 4) (not false)) (= boundary (- phase_892 1)))))
 (let (($x173747 (and (and (= read_index 3) (not false)) (= boundary (- phase_891 1)))))
 (let (($x150516 (and (and (= read_index 2) (not false)) (= boundary (- phase_890 1)))))
 (let (($x119021 (and (and (= read_index 1) (not false)) (= boundary (- phase_889 1)))))
 (let (($x89800 (and (and (= read_index 0) (not false)) (= boundary (- phase_888 1)))))
 (let (($x93880 (or (and $x89800 $x98276) (and $x119021 $x98276) (and $x150516 $x98276) (and $x173747 $x98276) (and $x226764 $x98276) (and $x56387 $x98276) (and $x632 $x98276) (and $x117604 $x98276) (and $x120969 $x98276) (and $x167573 $x98276) (and $x62939 $x98276) (and $x225155 $x98276) (and $x130071 $x98276) (and $x27229 $x98276) (and $x50881 $x98276) (and $x53081 $x98276) (and $x44794 $x98276) (and $x140377 $x98276) (and $x219581 $x98276) (and $x93450 $x98276) (and $x229082 $x98276) (and $x111965 $x98276) (and $x227806 $x98276) (and $x133216 $x98276) (and $x138210 $x98276))))
 (and $x93880 (and (distinct ?x44247 read_value) true)))))))))))))))))))))))))))))))))))))
(check-sat)
