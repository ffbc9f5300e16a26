(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_809 () Int)
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
(declare-fun x_1192 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_809 12))
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
 (let ((?x35495 (* (- 1.0) x_1192)))
 (let (($x117092 (>= boundary 35)))
 (let ((?x48766 (ite $x117092 ?x35495 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x21836 (ite $x175310 (* 1.0 x_1192) 0.0)))
 (let ((?x66461 (+ ?x21836 ?x48766)))
 (let (($x57095 (= read_value x_1192)))
 (let (($x193495 (= read_index 24)))
 (let (($x84263 (and (and $x193495 (not (= phase_809 (- phase_913 1)))) (= boundary (- phase_913 2)))))
 (let (($x146887 (and (and (= read_index 23) (not false)) (= boundary (- phase_911 1)))))
 (let (($x210592 (and (and (= read_index 22) (not false)) (= boundary (- phase_910 1)))))
 (let (($x129773 (and (and (= read_index 21) (not false)) (= boundary (- phase_909 1)))))
 (let (($x298425 (and (and (= read_index 20) (not false)) (= boundary (- phase_908 1)))))
 (let (($x252580 (and (and (= read_index 19) (not false)) (= boundary (- phase_907 1)))))
 (let (($x36166 (and (and (= read_index 18) (not false)) (= boundary (- phase_906 1)))))
 (let (($x201205 (and (and (= read_index 17) (not false)) (= boundary (- phase_905 1)))))
 (let (($x219351 (and (and (= read_index 16) (not false)) (= boundary (- phase_904 1)))))
 (let (($x179192 (and (and (= read_index 15) (not false)) (= boundary (- phase_903 1)))))
 (let (($x227253 (and (and (= read_index 14) (not false)) (= boundary (- phase_902 1)))))
 (let (($x174984 (and (and (= read_index 13) (not false)) (= boundary (- phase_901 1)))))
 (let (($x113623 (and (and (= read_index 12) (not false)) (= boundary (- phase_900 1)))))
 (let (($x276944 (and (and (= read_index 11) (not false)) (= boundary (- phase_899 1)))))
 (let (($x227838 (and (and (= read_index 10) (not false)) (= boundary (- phase_898 1)))))
 (let (($x155168 (and (and (= read_index 9) (not false)) (= boundary (- phase_897 1)))))
 (let (($x12661 (and (and (= read_index 8) (not false)) (= boundary (- phase_896 1)))))
 (let (($x99879 (and (and (= read_index 7) (not false)) (= boundary (- phase_895 1)))))
 (let (($x55094 (and (and (= read_index 6) (not false)) (= boundary (- phase_894 1)))))
 (let (($x220825 (and (and (= read_index 5) (not false)) (= boundary (- phase_893 1)))))
 (let (($x253125 (and (and (= read_index 4) (not false)) (= boundary (- phase_892 1)))))
 (let (($x167569 (and (and (= read_index 3) (not false)) (= boundary (- phase_891 1)))))
 (let (($x148770 (and (and (= read_index 2) (not false)) (= boundary (- phase_890 1)))))
 (let (($x98923 (and (and (= read_index 1) (not false)) (= boundary (- phase_889 1)))))
 (let (($x29087 (and (and (= read_index 0) (not false)) (= boundary (- phase_888 1)))))
 (let (($x51101 (or (and $x29087 $x57095) (and $x98923 $x57095) (and $x148770 $x57095) (and $x167569 $x57095) (and $x253125 $x57095) (and $x220825 $x57095) (and $x55094 $x57095) (and $x99879 $x57095) (and $x12661 $x57095) (and $x155168 $x57095) (and $x227838 $x57095) (and $x276944 $x57095) (and $x113623 $x57095) (and $x174984 $x57095) (and $x227253 $x57095) (and $x179192 $x57095) (and $x219351 $x57095) (and $x201205 $x57095) (and $x36166 $x57095) (and $x252580 $x57095) (and $x298425 $x57095) (and $x129773 $x57095) (and $x210592 $x57095) (and $x146887 $x57095) (and $x84263 $x57095))))
 (and $x51101 (and (distinct ?x66461 read_value) true)))))))))))))))))))))))))))))))))))))
(check-sat)
