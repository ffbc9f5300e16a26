(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_806 () Int)
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
(declare-fun x_1187 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_806 12))
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
 (let ((?x46776 (* (- 1.0) x_1187)))
 (let (($x251262 (>= boundary 39)))
 (let ((?x54226 (ite $x251262 ?x46776 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x21836 (ite $x175310 (* 1.0 x_1187) 0.0)))
 (let ((?x56141 (+ ?x21836 ?x54226)))
 (let (($x64968 (= read_value x_1187)))
 (let (($x6046 (= read_index 28)))
 (let (($x230800 (and (and $x6046 (not (= phase_806 (- phase_942 1)))) (= boundary (- phase_942 2)))))
 (let (($x216328 (and (and (= read_index 27) (not false)) (= boundary (- phase_941 1)))))
 (let (($x113867 (and (and (= read_index 26) (not false)) (= boundary (- phase_940 1)))))
 (let (($x227803 (and (and (= read_index 25) (not false)) (= boundary (- phase_939 1)))))
 (let (($x64339 (and (and (= read_index 24) (not false)) (= boundary (- phase_938 1)))))
 (let (($x165546 (and (and (= read_index 23) (not false)) (= boundary (- phase_937 1)))))
 (let (($x137924 (and (and (= read_index 22) (not false)) (= boundary (- phase_936 1)))))
 (let (($x90515 (and (and (= read_index 21) (not false)) (= boundary (- phase_935 1)))))
 (let (($x112468 (and (and (= read_index 20) (not false)) (= boundary (- phase_934 1)))))
 (let (($x126068 (and (and (= read_index 19) (not false)) (= boundary (- phase_933 1)))))
 (let (($x18333 (and (and (= read_index 18) (not false)) (= boundary (- phase_932 1)))))
 (let (($x58338 (and (and (= read_index 17) (not false)) (= boundary (- phase_931 1)))))
 (let (($x122143 (and (and (= read_index 16) (not false)) (= boundary (- phase_930 1)))))
 (let (($x164373 (and (and (= read_index 15) (not false)) (= boundary (- phase_929 1)))))
 (let (($x211665 (and (and (= read_index 14) (not false)) (= boundary (- phase_928 1)))))
 (let (($x219377 (and (and (= read_index 13) (not false)) (= boundary (- phase_927 1)))))
 (let (($x20601 (and (and (= read_index 12) (not false)) (= boundary (- phase_926 1)))))
 (let (($x164238 (and (and (= read_index 11) (not false)) (= boundary (- phase_925 1)))))
 (let (($x36340 (and (and (= read_index 10) (not false)) (= boundary (- phase_924 1)))))
 (let (($x37177 (and (and (= read_index 9) (not false)) (= boundary (- phase_923 1)))))
 (let (($x175023 (and (and (= read_index 8) (not false)) (= boundary (- phase_922 1)))))
 (let (($x187947 (and (and (= read_index 7) (not false)) (= boundary (- phase_921 1)))))
 (let (($x280463 (and (and (= read_index 6) (not false)) (= boundary (- phase_920 1)))))
 (let (($x226572 (and (and (= read_index 5) (not false)) (= boundary (- phase_919 1)))))
 (let (($x179463 (and (and (= read_index 4) (not false)) (= boundary (- phase_918 1)))))
 (let (($x148884 (and (and (= read_index 3) (not false)) (= boundary (- phase_917 1)))))
 (let (($x127093 (and (and (= read_index 2) (not false)) (= boundary (- phase_916 1)))))
 (let (($x99773 (and (and (= read_index 1) (not false)) (= boundary (- phase_915 1)))))
 (let (($x64163 (and (and (= read_index 0) (not false)) (= boundary (- phase_914 1)))))
 (let (($x80774 (or (and $x64163 $x64968) (and $x99773 $x64968) (and $x127093 $x64968) (and $x148884 $x64968) (and $x179463 $x64968) (and $x226572 $x64968) (and $x280463 $x64968) (and $x187947 $x64968) (and $x175023 $x64968) (and $x37177 $x64968) (and $x36340 $x64968) (and $x164238 $x64968) (and $x20601 $x64968) (and $x219377 $x64968) (and $x211665 $x64968) (and $x164373 $x64968) (and $x122143 $x64968) (and $x58338 $x64968) (and $x18333 $x64968) (and $x126068 $x64968) (and $x112468 $x64968) (and $x90515 $x64968) (and $x137924 $x64968) (and $x165546 $x64968) (and $x64339 $x64968) (and $x227803 $x64968) (and $x113867 $x64968) (and $x216328 $x64968) (and $x230800 $x64968))))
 (and $x80774 (and (distinct ?x56141 read_value) true)))))))))))))))))))))))))))))))))))))))))
(check-sat)
