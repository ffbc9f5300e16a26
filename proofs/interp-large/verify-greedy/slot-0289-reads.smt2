(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_800 () Int)
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
(declare-fun x_1176 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_800 12))
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
 (let ((?x51023 (* (- 1.0) x_1176)))
 (let (($x117092 (>= boundary 35)))
 (let ((?x51432 (ite $x117092 ?x51023 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x47792 (ite $x175310 (* 1.0 x_1176) 0.0)))
 (let ((?x62944 (+ ?x47792 ?x51432)))
 (let (($x53139 (= read_value x_1176)))
 (let (($x193495 (= read_index 24)))
 (let (($x213643 (and (and $x193495 (not (= phase_800 (- phase_913 1)))) (= boundary (- phase_913 2)))))
 (let (($x294004 (and (and (= read_index 23) (not false)) (= boundary (- phase_911 1)))))
 (let (($x221065 (and (and (= read_index 22) (not false)) (= boundary (- phase_910 1)))))
 (let (($x102548 (and (and (= read_index 21) (not false)) (= boundary (- phase_909 1)))))
 (let (($x27506 (and (and (= read_index 20) (not false)) (= boundary (- phase_908 1)))))
 (let (($x67679 (and (and (= read_index 19) (not false)) (= boundary (- phase_907 1)))))
 (let (($x137888 (and (and (= read_index 18) (not false)) (= boundary (- phase_906 1)))))
 (let (($x137279 (and (and (= read_index 17) (not false)) (= boundary (- phase_905 1)))))
 (let (($x224789 (and (and (= read_index 16) (not false)) (= boundary (- phase_904 1)))))
 (let (($x123357 (and (and (= read_index 15) (not false)) (= boundary (- phase_903 1)))))
 (let (($x77694 (and (and (= read_index 14) (not false)) (= boundary (- phase_902 1)))))
 (let (($x129026 (and (and (= read_index 13) (not false)) (= boundary (- phase_901 1)))))
 (let (($x101425 (and (and (= read_index 12) (not false)) (= boundary (- phase_900 1)))))
 (let (($x137416 (and (and (= read_index 11) (not false)) (= boundary (- phase_899 1)))))
 (let (($x218953 (and (and (= read_index 10) (not false)) (= boundary (- phase_898 1)))))
 (let (($x84679 (and (and (= read_index 9) (not false)) (= boundary (- phase_897 1)))))
 (let (($x107565 (and (and (= read_index 8) (not false)) (= boundary (- phase_896 1)))))
 (let (($x127742 (and (and (= read_index 7) (not false)) (= boundary (- phase_895 1)))))
 (let (($x107944 (and (and (= read_index 6) (not false)) (= boundary (- phase_894 1)))))
 (let (($x50038 (and (and (= read_index 5) (not false)) (= boundary (- phase_893 1)))))
 (let (($x227753 (and (and (= read_index 4) (not false)) (= boundary (- phase_892 1)))))
 (let (($x164016 (and (and (= read_index 3) (not false)) (= boundary (- phase_891 1)))))
 (let (($x133557 (and (and (= read_index 2) (not false)) (= boundary (- phase_890 1)))))
 (let (($x93911 (and (and (= read_index 1) (not false)) (= boundary (- phase_889 1)))))
 (let (($x46176 (and (and (= read_index 0) (not false)) (= boundary (- phase_888 1)))))
 (let (($x135745 (or (and $x46176 $x53139) (and $x93911 $x53139) (and $x133557 $x53139) (and $x164016 $x53139) (and $x227753 $x53139) (and $x50038 $x53139) (and $x107944 $x53139) (and $x127742 $x53139) (and $x107565 $x53139) (and $x84679 $x53139) (and $x218953 $x53139) (and $x137416 $x53139) (and $x101425 $x53139) (and $x129026 $x53139) (and $x77694 $x53139) (and $x123357 $x53139) (and $x224789 $x53139) (and $x137279 $x53139) (and $x137888 $x53139) (and $x67679 $x53139) (and $x27506 $x53139) (and $x102548 $x53139) (and $x221065 $x53139) (and $x294004 $x53139) (and $x213643 $x53139))))
 (and $x135745 (and (distinct ?x62944 read_value) true)))))))))))))))))))))))))))))))))))))
(check-sat)
