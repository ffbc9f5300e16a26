(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_794 () Int)
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
(declare-fun x_1166 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_794 12))
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
 (let ((?x41774 (* (- 1.0) x_1166)))
 (let (($x251262 (>= boundary 39)))
 (let ((?x50881 (ite $x251262 ?x41774 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x18118 (ite $x175310 (* 1.0 x_1166) 0.0)))
 (let ((?x56083 (+ ?x18118 ?x50881)))
 (let (($x55244 (= read_value x_1166)))
 (let (($x6046 (= read_index 28)))
 (let (($x12661 (and (and $x6046 (not (= phase_794 (- phase_942 1)))) (= boundary (- phase_942 2)))))
 (let (($x146740 (and (and (= read_index 27) (not false)) (= boundary (- phase_941 1)))))
 (let (($x215590 (and (and (= read_index 26) (not false)) (= boundary (- phase_940 1)))))
 (let (($x211515 (and (and (= read_index 25) (not false)) (= boundary (- phase_939 1)))))
 (let (($x209959 (and (and (= read_index 24) (not false)) (= boundary (- phase_938 1)))))
 (let (($x81014 (and (and (= read_index 23) (not false)) (= boundary (- phase_937 1)))))
 (let (($x18271 (and (and (= read_index 22) (not false)) (= boundary (- phase_936 1)))))
 (let (($x55179 (and (and (= read_index 21) (not false)) (= boundary (- phase_935 1)))))
 (let (($x257247 (and (and (= read_index 20) (not false)) (= boundary (- phase_934 1)))))
 (let (($x57140 (and (and (= read_index 19) (not false)) (= boundary (- phase_933 1)))))
 (let (($x81456 (and (and (= read_index 18) (not false)) (= boundary (- phase_932 1)))))
 (let (($x13597 (and (and (= read_index 17) (not false)) (= boundary (- phase_931 1)))))
 (let (($x224613 (and (and (= read_index 16) (not false)) (= boundary (- phase_930 1)))))
 (let (($x227759 (and (and (= read_index 15) (not false)) (= boundary (- phase_929 1)))))
 (let (($x73313 (and (and (= read_index 14) (not false)) (= boundary (- phase_928 1)))))
 (let (($x159165 (and (and (= read_index 13) (not false)) (= boundary (- phase_927 1)))))
 (let (($x115636 (and (and (= read_index 12) (not false)) (= boundary (- phase_926 1)))))
 (let (($x210613 (and (and (= read_index 11) (not false)) (= boundary (- phase_925 1)))))
 (let (($x160441 (and (and (= read_index 10) (not false)) (= boundary (- phase_924 1)))))
 (let (($x197203 (and (and (= read_index 9) (not false)) (= boundary (- phase_923 1)))))
 (let (($x107899 (and (and (= read_index 8) (not false)) (= boundary (- phase_922 1)))))
 (let (($x211500 (and (and (= read_index 7) (not false)) (= boundary (- phase_921 1)))))
 (let (($x11813 (and (and (= read_index 6) (not false)) (= boundary (- phase_920 1)))))
 (let (($x224361 (and (and (= read_index 5) (not false)) (= boundary (- phase_919 1)))))
 (let (($x189089 (and (and (= read_index 4) (not false)) (= boundary (- phase_918 1)))))
 (let (($x160429 (and (and (= read_index 3) (not false)) (= boundary (- phase_917 1)))))
 (let (($x139780 (and (and (= read_index 2) (not false)) (= boundary (- phase_916 1)))))
 (let (($x90465 (and (and (= read_index 1) (not false)) (= boundary (- phase_915 1)))))
 (let (($x51816 (and (and (= read_index 0) (not false)) (= boundary (- phase_914 1)))))
 (let (($x139445 (or (and $x51816 $x55244) (and $x90465 $x55244) (and $x139780 $x55244) (and $x160429 $x55244) (and $x189089 $x55244) (and $x224361 $x55244) (and $x11813 $x55244) (and $x211500 $x55244) (and $x107899 $x55244) (and $x197203 $x55244) (and $x160441 $x55244) (and $x210613 $x55244) (and $x115636 $x55244) (and $x159165 $x55244) (and $x73313 $x55244) (and $x227759 $x55244) (and $x224613 $x55244) (and $x13597 $x55244) (and $x81456 $x55244) (and $x57140 $x55244) (and $x257247 $x55244) (and $x55179 $x55244) (and $x18271 $x55244) (and $x81014 $x55244) (and $x209959 $x55244) (and $x211515 $x55244) (and $x215590 $x55244) (and $x146740 $x55244) (and $x12661 $x55244))))
 (and $x139445 (and (distinct ?x56083 read_value) true)))))))))))))))))))))))))))))))))))))))))
(check-sat)
