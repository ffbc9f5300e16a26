(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_804 () Int)
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
(declare-fun x_1184 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_804 12))
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
 (let ((?x27178 (* (- 1.0) x_1184)))
 (let (($x117092 (>= boundary 35)))
 (let ((?x29631 (ite $x117092 ?x27178 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x21440 (ite $x175310 (* 1.0 x_1184) 0.0)))
 (let ((?x47800 (+ ?x21440 ?x29631)))
 (let (($x72197 (= read_value x_1184)))
 (let (($x193495 (= read_index 24)))
 (let (($x84407 (and (and $x193495 (not (= phase_804 (- phase_913 1)))) (= boundary (- phase_913 2)))))
 (let (($x132335 (and (and (= read_index 23) (not false)) (= boundary (- phase_911 1)))))
 (let (($x175407 (and (and (= read_index 22) (not false)) (= boundary (- phase_910 1)))))
 (let (($x77894 (and (and (= read_index 21) (not false)) (= boundary (- phase_909 1)))))
 (let (($x39298 (and (and (= read_index 20) (not false)) (= boundary (- phase_908 1)))))
 (let (($x124571 (and (and (= read_index 19) (not false)) (= boundary (- phase_907 1)))))
 (let (($x133165 (and (and (= read_index 18) (not false)) (= boundary (- phase_906 1)))))
 (let (($x9700 (and (and (= read_index 17) (not false)) (= boundary (- phase_905 1)))))
 (let (($x56484 (and (and (= read_index 16) (not false)) (= boundary (- phase_904 1)))))
 (let (($x183811 (and (and (= read_index 15) (not false)) (= boundary (- phase_903 1)))))
 (let (($x34401 (and (and (= read_index 14) (not false)) (= boundary (- phase_902 1)))))
 (let (($x182465 (and (and (= read_index 13) (not false)) (= boundary (- phase_901 1)))))
 (let (($x25888 (and (and (= read_index 12) (not false)) (= boundary (- phase_900 1)))))
 (let (($x59307 (and (and (= read_index 11) (not false)) (= boundary (- phase_899 1)))))
 (let (($x202876 (and (and (= read_index 10) (not false)) (= boundary (- phase_898 1)))))
 (let (($x46776 (and (and (= read_index 9) (not false)) (= boundary (- phase_897 1)))))
 (let (($x223014 (and (and (= read_index 8) (not false)) (= boundary (- phase_896 1)))))
 (let (($x198530 (and (and (= read_index 7) (not false)) (= boundary (- phase_895 1)))))
 (let (($x191488 (and (and (= read_index 6) (not false)) (= boundary (- phase_894 1)))))
 (let (($x236557 (and (and (= read_index 5) (not false)) (= boundary (- phase_893 1)))))
 (let (($x222431 (and (and (= read_index 4) (not false)) (= boundary (- phase_892 1)))))
 (let (($x156182 (and (and (= read_index 3) (not false)) (= boundary (- phase_891 1)))))
 (let (($x140254 (and (and (= read_index 2) (not false)) (= boundary (- phase_890 1)))))
 (let (($x102252 (and (and (= read_index 1) (not false)) (= boundary (- phase_889 1)))))
 (let (($x64339 (and (and (= read_index 0) (not false)) (= boundary (- phase_888 1)))))
 (let (($x202902 (or (and $x64339 $x72197) (and $x102252 $x72197) (and $x140254 $x72197) (and $x156182 $x72197) (and $x222431 $x72197) (and $x236557 $x72197) (and $x191488 $x72197) (and $x198530 $x72197) (and $x223014 $x72197) (and $x46776 $x72197) (and $x202876 $x72197) (and $x59307 $x72197) (and $x25888 $x72197) (and $x182465 $x72197) (and $x34401 $x72197) (and $x183811 $x72197) (and $x56484 $x72197) (and $x9700 $x72197) (and $x133165 $x72197) (and $x124571 $x72197) (and $x39298 $x72197) (and $x77894 $x72197) (and $x175407 $x72197) (and $x132335 $x72197) (and $x84407 $x72197))))
 (and $x202902 (and (distinct ?x47800 read_value) true)))))))))))))))))))))))))))))))))))))
(check-sat)
