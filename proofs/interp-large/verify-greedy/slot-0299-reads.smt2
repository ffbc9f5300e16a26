(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_805 () Int)
(declare-fun phase_914 () Int)
(declare-fun phase_915 () Int)
(declare-fun phase_916 () Int)
(declare-fun phase_917 () Int)
(declare-fun phase_918 () Int)
(declare-fun phase_919 () Int)
(declare-fun phase_920 () Int)
(declare-fun phase_921 () Int)
(declare-fun phase_922 () Int)
(declare-fun phase_923 () Int)
(declare-fun phase_924 () Int)
(declare-fun phase_925 () Int)
(declare-fun phase_926 () Int)
(declare-fun phase_927 () Int)
(declare-fun phase_928 () Int)
(declare-fun phase_929 () Int)
(declare-fun phase_930 () Int)
(declare-fun phase_931 () Int)
(declare-fun phase_932 () Int)
(declare-fun phase_933 () Int)
(declare-fun phase_934 () Int)
(declare-fun phase_935 () Int)
(declare-fun phase_936 () Int)
(declare-fun phase_937 () Int)
(declare-fun phase_938 () Int)
(declare-fun phase_939 () Int)
(declare-fun phase_940 () Int)
(declare-fun phase_941 () Int)
(declare-fun phase_942 () Int)
(declare-fun read_value () Real)
(declare-fun x_1186 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_805 12))
(assert
 (= phase_914 38))
(assert
 (= phase_915 38))
(assert
 (= phase_916 38))
(assert
 (= phase_917 38))
(assert
 (= phase_918 38))
(assert
 (= phase_919 38))
(assert
 (= phase_920 38))
(assert
 (= phase_921 38))
(assert
 (= phase_922 38))
(assert
 (= phase_923 38))
(assert
 (= phase_924 38))
(assert
 (= phase_925 38))
(assert
 (= phase_926 38))
(assert
 (= phase_927 38))
(assert
 (= phase_928 38))
(assert
 (= phase_929 38))
(assert
 (= phase_930 38))
(assert
 (= phase_931 38))
(assert
 (= phase_932 38))
(assert
 (= phase_933 38))
(assert
 (= phase_934 38))
(assert
 (= phase_935 38))
(assert
 (= phase_936 38))
(assert
 (= phase_937 38))
(assert
 (= phase_938 38))
(assert
 (= phase_939 38))
(assert
 (= phase_940 38))
(assert
 (= phase_941 38))
(assert
 (= phase_942 39))
(assert
 (let ((?x44474 (* (- 1.0) x_1186)))
 (let (($x251262 (>= boundary 39)))
 (let ((?x52123 (ite $x251262 ?x44474 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x33349 (ite $x175310 (* 1.0 x_1186) 0.0)))
 (let ((?x53458 (+ ?x33349 ?x52123)))
 (let (($x63667 (= read_value x_1186)))
 (let (($x6046 (= read_index 28)))
 (let (($x291731 (and (and $x6046 (not (= phase_805 (- phase_942 1)))) (= boundary (- phase_942 2)))))
 (let (($x155668 (and (and (= read_index 27) (not false)) (= boundary (- phase_941 1)))))
 (let (($x90243 (and (and (= read_index 26) (not false)) (= boundary (- phase_940 1)))))
 (let (($x100878 (and (and (= read_index 25) (not false)) (= boundary (- phase_939 1)))))
 (let (($x123411 (and (and (= read_index 24) (not false)) (= boundary (- phase_938 1)))))
 (let (($x99664 (and (and (= read_index 23) (not false)) (= boundary (- phase_937 1)))))
 (let (($x36744 (and (and (= read_index 22) (not false)) (= boundary (- phase_936 1)))))
 (let (($x88943 (and (and (= read_index 21) (not false)) (= boundary (- phase_935 1)))))
 (let (($x108994 (and (and (= read_index 20) (not false)) (= boundary (- phase_934 1)))))
 (let (($x113867 (and (and (= read_index 19) (not false)) (= boundary (- phase_933 1)))))
 (let (($x108370 (and (and (= read_index 18) (not false)) (= boundary (- phase_932 1)))))
 (let (($x98944 (and (and (= read_index 17) (not false)) (= boundary (- phase_931 1)))))
 (let (($x56275 (and (and (= read_index 16) (not false)) (= boundary (- phase_930 1)))))
 (let (($x191955 (and (and (= read_index 15) (not false)) (= boundary (- phase_929 1)))))
 (let (($x22414 (and (and (= read_index 14) (not false)) (= boundary (- phase_928 1)))))
 (let (($x104604 (and (and (= read_index 13) (not false)) (= boundary (- phase_927 1)))))
 (let (($x16842 (and (and (= read_index 12) (not false)) (= boundary (- phase_926 1)))))
 (let (($x131663 (and (and (= read_index 11) (not false)) (= boundary (- phase_925 1)))))
 (let (($x137913 (and (and (= read_index 10) (not false)) (= boundary (- phase_924 1)))))
 (let (($x167174 (and (and (= read_index 9) (not false)) (= boundary (- phase_923 1)))))
 (let (($x92103 (and (and (= read_index 8) (not false)) (= boundary (- phase_922 1)))))
 (let (($x165620 (and (and (= read_index 7) (not false)) (= boundary (- phase_921 1)))))
 (let (($x86506 (and (and (= read_index 6) (not false)) (= boundary (- phase_920 1)))))
 (let (($x244504 (and (and (= read_index 5) (not false)) (= boundary (- phase_919 1)))))
 (let (($x160455 (and (and (= read_index 4) (not false)) (= boundary (- phase_918 1)))))
 (let (($x143973 (and (and (= read_index 3) (not false)) (= boundary (- phase_917 1)))))
 (let (($x123287 (and (and (= read_index 2) (not false)) (= boundary (- phase_916 1)))))
 (let (($x79444 (and (and (= read_index 1) (not false)) (= boundary (- phase_915 1)))))
 (let (($x54226 (and (and (= read_index 0) (not false)) (= boundary (- phase_914 1)))))
 (let (($x179388 (or (and $x54226 $x63667) (and $x79444 $x63667) (and $x123287 $x63667) (and $x143973 $x63667) (and $x160455 $x63667) (and $x244504 $x63667) (and $x86506 $x63667) (and $x165620 $x63667) (and $x92103 $x63667) (and $x167174 $x63667) (and $x137913 $x63667) (and $x131663 $x63667) (and $x16842 $x63667) (and $x104604 $x63667) (and $x22414 $x63667) (and $x191955 $x63667) (and $x56275 $x63667) (and $x98944 $x63667) (and $x108370 $x63667) (and $x113867 $x63667) (and $x108994 $x63667) (and $x88943 $x63667) (and $x36744 $x63667) (and $x99664 $x63667) (and $x123411 $x63667) (and $x100878 $x63667) (and $x90243 $x63667) (and $x155668 $x63667) (and $x291731 $x63667))))
 (and $x179388 (and (distinct ?x53458 read_value) true)))))))))))))))))))))))))))))))))))))))))
(check-sat)
