(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_793 () Int)
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
(declare-fun x_1164 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_793 12))
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
 (let ((?x46572 (* (- 1.0) x_1164)))
 (let (($x117092 (>= boundary 35)))
 (let ((?x54692 (ite $x117092 ?x46572 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x45862 (ite $x175310 (* 1.0 x_1164) 0.0)))
 (let ((?x64386 (+ ?x45862 ?x54692)))
 (let (($x54879 (= read_value x_1164)))
 (let (($x193495 (= read_index 24)))
 (let (($x151320 (and (and $x193495 (not (= phase_793 (- phase_913 1)))) (= boundary (- phase_913 2)))))
 (let (($x173702 (and (and (= read_index 23) (not false)) (= boundary (- phase_911 1)))))
 (let (($x160440 (and (and (= read_index 22) (not false)) (= boundary (- phase_910 1)))))
 (let (($x55929 (and (and (= read_index 21) (not false)) (= boundary (- phase_909 1)))))
 (let (($x195979 (and (and (= read_index 20) (not false)) (= boundary (- phase_908 1)))))
 (let (($x121840 (and (and (= read_index 19) (not false)) (= boundary (- phase_907 1)))))
 (let (($x13101 (and (and (= read_index 18) (not false)) (= boundary (- phase_906 1)))))
 (let (($x195732 (and (and (= read_index 17) (not false)) (= boundary (- phase_905 1)))))
 (let (($x133921 (and (and (= read_index 16) (not false)) (= boundary (- phase_904 1)))))
 (let (($x182475 (and (and (= read_index 15) (not false)) (= boundary (- phase_903 1)))))
 (let (($x18187 (and (and (= read_index 14) (not false)) (= boundary (- phase_902 1)))))
 (let (($x182387 (and (and (= read_index 13) (not false)) (= boundary (- phase_901 1)))))
 (let (($x224786 (and (and (= read_index 12) (not false)) (= boundary (- phase_900 1)))))
 (let (($x199178 (and (and (= read_index 11) (not false)) (= boundary (- phase_899 1)))))
 (let (($x219890 (and (and (= read_index 10) (not false)) (= boundary (- phase_898 1)))))
 (let (($x219539 (and (and (= read_index 9) (not false)) (= boundary (- phase_897 1)))))
 (let (($x166259 (and (and (= read_index 8) (not false)) (= boundary (- phase_896 1)))))
 (let (($x91031 (and (and (= read_index 7) (not false)) (= boundary (- phase_895 1)))))
 (let (($x115643 (and (and (= read_index 6) (not false)) (= boundary (- phase_894 1)))))
 (let (($x186820 (and (and (= read_index 5) (not false)) (= boundary (- phase_893 1)))))
 (let (($x226197 (and (and (= read_index 4) (not false)) (= boundary (- phase_892 1)))))
 (let (($x187785 (and (and (= read_index 3) (not false)) (= boundary (- phase_891 1)))))
 (let (($x130400 (and (and (= read_index 2) (not false)) (= boundary (- phase_890 1)))))
 (let (($x102776 (and (and (= read_index 1) (not false)) (= boundary (- phase_889 1)))))
 (let (($x42963 (and (and (= read_index 0) (not false)) (= boundary (- phase_888 1)))))
 (let (($x85049 (or (and $x42963 $x54879) (and $x102776 $x54879) (and $x130400 $x54879) (and $x187785 $x54879) (and $x226197 $x54879) (and $x186820 $x54879) (and $x115643 $x54879) (and $x91031 $x54879) (and $x166259 $x54879) (and $x219539 $x54879) (and $x219890 $x54879) (and $x199178 $x54879) (and $x224786 $x54879) (and $x182387 $x54879) (and $x18187 $x54879) (and $x182475 $x54879) (and $x133921 $x54879) (and $x195732 $x54879) (and $x13101 $x54879) (and $x121840 $x54879) (and $x195979 $x54879) (and $x55929 $x54879) (and $x160440 $x54879) (and $x173702 $x54879) (and $x151320 $x54879))))
 (and $x85049 (and (distinct ?x64386 read_value) true)))))))))))))))))))))))))))))))))))))
(check-sat)
