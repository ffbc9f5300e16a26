(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_801 () Int)
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
(declare-fun x_1178 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_801 12))
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
 (let ((?x14644 (* (- 1.0) x_1178)))
 (let (($x251262 (>= boundary 39)))
 (let ((?x17198 (ite $x251262 ?x14644 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x14317 (ite $x175310 (* 1.0 x_1178) 0.0)))
 (let ((?x33268 (+ ?x14317 ?x17198)))
 (let (($x47338 (= read_value x_1178)))
 (let (($x6046 (= read_index 28)))
 (let (($x126628 (and (and $x6046 (not (= phase_801 (- phase_942 1)))) (= boundary (- phase_942 2)))))
 (let (($x183643 (and (and (= read_index 27) (not false)) (= boundary (- phase_941 1)))))
 (let (($x246078 (and (and (= read_index 26) (not false)) (= boundary (- phase_940 1)))))
 (let (($x135057 (and (and (= read_index 25) (not false)) (= boundary (- phase_939 1)))))
 (let (($x173877 (and (and (= read_index 24) (not false)) (= boundary (- phase_938 1)))))
 (let (($x44247 (and (and (= read_index 23) (not false)) (= boundary (- phase_937 1)))))
 (let (($x157018 (and (and (= read_index 22) (not false)) (= boundary (- phase_936 1)))))
 (let (($x254980 (and (and (= read_index 21) (not false)) (= boundary (- phase_935 1)))))
 (let (($x105217 (and (and (= read_index 20) (not false)) (= boundary (- phase_934 1)))))
 (let (($x209608 (and (and (= read_index 19) (not false)) (= boundary (- phase_933 1)))))
 (let (($x7632 (and (and (= read_index 18) (not false)) (= boundary (- phase_932 1)))))
 (let (($x48653 (and (and (= read_index 17) (not false)) (= boundary (- phase_931 1)))))
 (let (($x59810 (and (and (= read_index 16) (not false)) (= boundary (- phase_930 1)))))
 (let (($x173737 (and (and (= read_index 15) (not false)) (= boundary (- phase_929 1)))))
 (let (($x64163 (and (and (= read_index 14) (not false)) (= boundary (- phase_928 1)))))
 (let (($x22682 (and (and (= read_index 13) (not false)) (= boundary (- phase_927 1)))))
 (let (($x253139 (and (and (= read_index 12) (not false)) (= boundary (- phase_926 1)))))
 (let (($x129587 (and (and (= read_index 11) (not false)) (= boundary (- phase_925 1)))))
 (let (($x140582 (and (and (= read_index 10) (not false)) (= boundary (- phase_924 1)))))
 (let (($x187936 (and (and (= read_index 9) (not false)) (= boundary (- phase_923 1)))))
 (let (($x82798 (and (and (= read_index 8) (not false)) (= boundary (- phase_922 1)))))
 (let (($x257249 (and (and (= read_index 7) (not false)) (= boundary (- phase_921 1)))))
 (let (($x189113 (and (and (= read_index 6) (not false)) (= boundary (- phase_920 1)))))
 (let (($x253055 (and (and (= read_index 5) (not false)) (= boundary (- phase_919 1)))))
 (let (($x211932 (and (and (= read_index 4) (not false)) (= boundary (- phase_918 1)))))
 (let (($x177087 (and (and (= read_index 3) (not false)) (= boundary (- phase_917 1)))))
 (let (($x139106 (and (and (= read_index 2) (not false)) (= boundary (- phase_916 1)))))
 (let (($x86144 (and (and (= read_index 1) (not false)) (= boundary (- phase_915 1)))))
 (let (($x32791 (and (and (= read_index 0) (not false)) (= boundary (- phase_914 1)))))
 (let (($x160632 (or (and $x32791 $x47338) (and $x86144 $x47338) (and $x139106 $x47338) (and $x177087 $x47338) (and $x211932 $x47338) (and $x253055 $x47338) (and $x189113 $x47338) (and $x257249 $x47338) (and $x82798 $x47338) (and $x187936 $x47338) (and $x140582 $x47338) (and $x129587 $x47338) (and $x253139 $x47338) (and $x22682 $x47338) (and $x64163 $x47338) (and $x173737 $x47338) (and $x59810 $x47338) (and $x48653 $x47338) (and $x7632 $x47338) (and $x209608 $x47338) (and $x105217 $x47338) (and $x254980 $x47338) (and $x157018 $x47338) (and $x44247 $x47338) (and $x173877 $x47338) (and $x135057 $x47338) (and $x246078 $x47338) (and $x183643 $x47338) (and $x126628 $x47338))))
 (and $x160632 (and (distinct ?x33268 read_value) true)))))))))))))))))))))))))))))))))))))))))
(check-sat)
