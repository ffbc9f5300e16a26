(set-logic QF_LIRA)
; 
(set-info :status unknown)
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
(declare-fun phase_943 () Int)
(declare-fun phase_973 () Int)
(declare-fun phase_977 () Int)
(declare-fun read_value () Real)
(declare-fun x_1367 () Real)
(declare-fun boundary () Int)
(declare-fun x_1299 () Real)
(declare-fun x_61 () Real)
(declare-fun read_index () Int)
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
 (= phase_943 32))
(assert
 (= phase_973 42))
(assert
 (= phase_977 51))
(assert
 (let ((?x110688 (* (- 1.0) x_1367)))
 (let (($x306816 (>= boundary 51)))
 (let ((?x112571 (ite $x306816 ?x110688 0.0)))
 (let (($x139643 (>= boundary 43)))
 (let ((?x94521 (ite $x139643 (* 1.0 x_1367) 0.0)))
 (let ((?x65168 (* (- 1.0) x_1299)))
 (let (($x174153 (>= boundary 39)))
 (let ((?x74590 (ite $x174153 ?x65168 0.0)))
 (let (($x21781 (>= boundary 35)))
 (let ((?x56717 (ite $x21781 (* 1.0 x_1299) 0.0)))
 (let ((?x32596 (* (- 1.0) x_61)))
 (let (($x145087 (>= boundary 33)))
 (let ((?x40174 (ite $x145087 ?x32596 0.0)))
 (let (($x250523 (>= boundary 3)))
 (let ((?x24243 (ite $x250523 (* 1.0 x_61) 0.0)))
 (let ((?x115772 (+ ?x24243 ?x40174 ?x56717 ?x74590 ?x94521 ?x112571)))
 (let (($x221865 (= read_value x_1367)))
 (let (($x150170 (= read_index 30)))
 (let (($x230525 (and (and $x150170 (not (= phase_973 (- phase_977 1)))) (= boundary (- phase_977 2)))))
 (let (($x101264 (= read_value x_1299)))
 (let (($x93557 (and (and (= read_index 29) (not false)) (= boundary (- phase_942 2)))))
 (let (($x159581 (and (and (= read_index 28) (not false)) (= boundary (- phase_941 1)))))
 (let (($x146122 (and (and (= read_index 27) (not false)) (= boundary (- phase_940 1)))))
 (let (($x110211 (and (and (= read_index 26) (not false)) (= boundary (- phase_939 1)))))
 (let (($x159729 (and (and (= read_index 25) (not false)) (= boundary (- phase_938 1)))))
 (let (($x544 (and (and (= read_index 24) (not false)) (= boundary (- phase_937 1)))))
 (let (($x182455 (and (and (= read_index 23) (not false)) (= boundary (- phase_936 1)))))
 (let (($x174006 (and (and (= read_index 22) (not false)) (= boundary (- phase_935 1)))))
 (let (($x109996 (and (and (= read_index 21) (not false)) (= boundary (- phase_934 1)))))
 (let (($x88132 (and (and (= read_index 20) (not false)) (= boundary (- phase_933 1)))))
 (let (($x152712 (and (and (= read_index 19) (not false)) (= boundary (- phase_932 1)))))
 (let (($x307639 (and (and (= read_index 18) (not false)) (= boundary (- phase_931 1)))))
 (let (($x60796 (and (and (= read_index 17) (not false)) (= boundary (- phase_930 1)))))
 (let (($x61656 (and (and (= read_index 16) (not false)) (= boundary (- phase_929 1)))))
 (let (($x40585 (and (and (= read_index 15) (not false)) (= boundary (- phase_928 1)))))
 (let (($x194359 (and (and (= read_index 14) (not false)) (= boundary (- phase_927 1)))))
 (let (($x85369 (and (and (= read_index 13) (not false)) (= boundary (- phase_926 1)))))
 (let (($x105049 (and (and (= read_index 12) (not false)) (= boundary (- phase_925 1)))))
 (let (($x8288 (and (and (= read_index 11) (not false)) (= boundary (- phase_924 1)))))
 (let (($x175279 (and (and (= read_index 10) (not false)) (= boundary (- phase_923 1)))))
 (let (($x227093 (and (and (= read_index 9) (not false)) (= boundary (- phase_922 1)))))
 (let (($x194638 (and (and (= read_index 8) (not false)) (= boundary (- phase_921 1)))))
 (let (($x148915 (and (and (= read_index 7) (not false)) (= boundary (- phase_920 1)))))
 (let (($x141240 (and (and (= read_index 6) (not false)) (= boundary (- phase_919 1)))))
 (let (($x221921 (and (and (= read_index 5) (not false)) (= boundary (- phase_918 1)))))
 (let (($x160223 (and (and (= read_index 4) (not false)) (= boundary (- phase_917 1)))))
 (let (($x141998 (and (and (= read_index 3) (not false)) (= boundary (- phase_916 1)))))
 (let (($x128529 (and (and (= read_index 2) (not false)) (= boundary (- phase_915 1)))))
 (let (($x80761 (and (and (= read_index 1) (not false)) (= boundary (- phase_914 1)))))
 (let (($x55490 (= read_value x_61)))
 (let (($x42971 (and (and (= read_index 0) (not false)) (= boundary (- phase_943 1)))))
 (let (($x78253 (or (and $x42971 $x55490) (and $x80761 $x101264) (and $x128529 $x101264) (and $x141998 $x101264) (and $x160223 $x101264) (and $x221921 $x101264) (and $x141240 $x101264) (and $x148915 $x101264) (and $x194638 $x101264) (and $x227093 $x101264) (and $x175279 $x101264) (and $x8288 $x101264) (and $x105049 $x101264) (and $x85369 $x101264) (and $x194359 $x101264) (and $x40585 $x101264) (and $x61656 $x101264) (and $x60796 $x101264) (and $x307639 $x101264) (and $x152712 $x101264) (and $x88132 $x101264) (and $x109996 $x101264) (and $x174006 $x101264) (and $x182455 $x101264) (and $x544 $x101264) (and $x159729 $x101264) (and $x110211 $x101264) (and $x146122 $x101264) (and $x159581 $x101264) (and $x93557 $x101264) (and $x230525 $x221865))))
 (and $x78253 (and (distinct ?x115772 read_value) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
