(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_805 () Int)
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
(declare-fun x_1185 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_805 12))
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
 (let ((?x42936 (* (- 1.0) x_1185)))
 (let (($x117092 (>= boundary 35)))
 (let ((?x47810 (ite $x117092 ?x42936 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x40530 (ite $x175310 (* 1.0 x_1185) 0.0)))
 (let ((?x54226 (+ ?x40530 ?x47810)))
 (let (($x57696 (= read_value x_1185)))
 (let (($x193495 (= read_index 24)))
 (let (($x51546 (and (and $x193495 (not (= phase_805 (- phase_913 1)))) (= boundary (- phase_913 2)))))
 (let (($x201192 (and (and (= read_index 23) (not false)) (= boundary (- phase_911 1)))))
 (let (($x262278 (and (and (= read_index 22) (not false)) (= boundary (- phase_910 1)))))
 (let (($x115534 (and (and (= read_index 21) (not false)) (= boundary (- phase_909 1)))))
 (let (($x227092 (and (and (= read_index 20) (not false)) (= boundary (- phase_908 1)))))
 (let (($x107273 (and (and (= read_index 19) (not false)) (= boundary (- phase_907 1)))))
 (let (($x287238 (and (and (= read_index 18) (not false)) (= boundary (- phase_906 1)))))
 (let (($x37651 (and (and (= read_index 17) (not false)) (= boundary (- phase_905 1)))))
 (let (($x107863 (and (and (= read_index 16) (not false)) (= boundary (- phase_904 1)))))
 (let (($x101806 (and (and (= read_index 15) (not false)) (= boundary (- phase_903 1)))))
 (let (($x45020 (and (and (= read_index 14) (not false)) (= boundary (- phase_902 1)))))
 (let (($x52123 (and (and (= read_index 13) (not false)) (= boundary (- phase_901 1)))))
 (let (($x253179 (and (and (= read_index 12) (not false)) (= boundary (- phase_900 1)))))
 (let (($x168147 (and (and (= read_index 11) (not false)) (= boundary (- phase_899 1)))))
 (let (($x155120 (and (and (= read_index 10) (not false)) (= boundary (- phase_898 1)))))
 (let (($x117557 (and (and (= read_index 9) (not false)) (= boundary (- phase_897 1)))))
 (let (($x140250 (and (and (= read_index 8) (not false)) (= boundary (- phase_896 1)))))
 (let (($x137788 (and (and (= read_index 7) (not false)) (= boundary (- phase_895 1)))))
 (let (($x105543 (and (and (= read_index 6) (not false)) (= boundary (- phase_894 1)))))
 (let (($x53458 (and (and (= read_index 5) (not false)) (= boundary (- phase_893 1)))))
 (let (($x292004 (and (and (= read_index 4) (not false)) (= boundary (- phase_892 1)))))
 (let (($x208399 (and (and (= read_index 3) (not false)) (= boundary (- phase_891 1)))))
 (let (($x137849 (and (and (= read_index 2) (not false)) (= boundary (- phase_890 1)))))
 (let (($x73005 (and (and (= read_index 1) (not false)) (= boundary (- phase_889 1)))))
 (let (($x48041 (and (and (= read_index 0) (not false)) (= boundary (- phase_888 1)))))
 (let (($x26430 (or (and $x48041 $x57696) (and $x73005 $x57696) (and $x137849 $x57696) (and $x208399 $x57696) (and $x292004 $x57696) (and $x53458 $x57696) (and $x105543 $x57696) (and $x137788 $x57696) (and $x140250 $x57696) (and $x117557 $x57696) (and $x155120 $x57696) (and $x168147 $x57696) (and $x253179 $x57696) (and $x52123 $x57696) (and $x45020 $x57696) (and $x101806 $x57696) (and $x107863 $x57696) (and $x37651 $x57696) (and $x287238 $x57696) (and $x107273 $x57696) (and $x227092 $x57696) (and $x115534 $x57696) (and $x262278 $x57696) (and $x201192 $x57696) (and $x51546 $x57696))))
 (and $x26430 (and (distinct ?x54226 read_value) true)))))))))))))))))))))))))))))))))))))
(check-sat)
