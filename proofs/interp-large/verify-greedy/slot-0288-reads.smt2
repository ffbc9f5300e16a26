(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_799 () Int)
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
(declare-fun x_1175 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_799 12))
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
 (let ((?x59944 (* (- 1.0) x_1175)))
 (let (($x117092 (>= boundary 35)))
 (let ((?x65401 (ite $x117092 ?x59944 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x50038 (ite $x175310 (* 1.0 x_1175) 0.0)))
 (let ((?x67679 (+ ?x50038 ?x65401)))
 (let (($x49835 (= read_value x_1175)))
 (let (($x193495 (= read_index 24)))
 (let (($x194515 (and (and $x193495 (not (= phase_799 (- phase_913 1)))) (= boundary (- phase_913 2)))))
 (let (($x132030 (and (and (= read_index 23) (not false)) (= boundary (- phase_911 1)))))
 (let (($x99169 (and (and (= read_index 22) (not false)) (= boundary (- phase_910 1)))))
 (let (($x125529 (and (and (= read_index 21) (not false)) (= boundary (- phase_909 1)))))
 (let (($x89291 (and (and (= read_index 20) (not false)) (= boundary (- phase_908 1)))))
 (let (($x162845 (and (and (= read_index 19) (not false)) (= boundary (- phase_907 1)))))
 (let (($x82217 (and (and (= read_index 18) (not false)) (= boundary (- phase_906 1)))))
 (let (($x213026 (and (and (= read_index 17) (not false)) (= boundary (- phase_905 1)))))
 (let (($x219073 (and (and (= read_index 16) (not false)) (= boundary (- phase_904 1)))))
 (let (($x106990 (and (and (= read_index 15) (not false)) (= boundary (- phase_903 1)))))
 (let (($x114614 (and (and (= read_index 14) (not false)) (= boundary (- phase_902 1)))))
 (let (($x152464 (and (and (= read_index 13) (not false)) (= boundary (- phase_901 1)))))
 (let (($x168105 (and (and (= read_index 12) (not false)) (= boundary (- phase_900 1)))))
 (let (($x134168 (and (and (= read_index 11) (not false)) (= boundary (- phase_899 1)))))
 (let (($x211922 (and (and (= read_index 10) (not false)) (= boundary (- phase_898 1)))))
 (let (($x101425 (and (and (= read_index 9) (not false)) (= boundary (- phase_897 1)))))
 (let (($x157107 (and (and (= read_index 8) (not false)) (= boundary (- phase_896 1)))))
 (let (($x181519 (and (and (= read_index 7) (not false)) (= boundary (- phase_895 1)))))
 (let (($x106048 (and (and (= read_index 6) (not false)) (= boundary (- phase_894 1)))))
 (let (($x14245 (and (and (= read_index 5) (not false)) (= boundary (- phase_893 1)))))
 (let (($x221760 (and (and (= read_index 4) (not false)) (= boundary (- phase_892 1)))))
 (let (($x211439 (and (and (= read_index 3) (not false)) (= boundary (- phase_891 1)))))
 (let (($x151222 (and (and (= read_index 2) (not false)) (= boundary (- phase_890 1)))))
 (let (($x88666 (and (and (= read_index 1) (not false)) (= boundary (- phase_889 1)))))
 (let (($x48033 (and (and (= read_index 0) (not false)) (= boundary (- phase_888 1)))))
 (let (($x227277 (or (and $x48033 $x49835) (and $x88666 $x49835) (and $x151222 $x49835) (and $x211439 $x49835) (and $x221760 $x49835) (and $x14245 $x49835) (and $x106048 $x49835) (and $x181519 $x49835) (and $x157107 $x49835) (and $x101425 $x49835) (and $x211922 $x49835) (and $x134168 $x49835) (and $x168105 $x49835) (and $x152464 $x49835) (and $x114614 $x49835) (and $x106990 $x49835) (and $x219073 $x49835) (and $x213026 $x49835) (and $x82217 $x49835) (and $x162845 $x49835) (and $x89291 $x49835) (and $x125529 $x49835) (and $x99169 $x49835) (and $x132030 $x49835) (and $x194515 $x49835))))
 (and $x227277 (and (distinct ?x67679 read_value) true)))))))))))))))))))))))))))))))))))))
(check-sat)
