(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_312 () Int)
(declare-fun phase_496 () Int)
(declare-fun phase_497 () Int)
(declare-fun phase_498 () Int)
(declare-fun phase_499 () Int)
(declare-fun phase_500 () Int)
(declare-fun phase_501 () Int)
(declare-fun phase_814 () Int)
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
(declare-fun phase_976 () Int)
(declare-fun phase_1083 () Int)
(declare-fun phase_1089 () Int)
(declare-fun read_value () Real)
(declare-fun x_1477 () Real)
(declare-fun boundary () Int)
(declare-fun x_1201 () Real)
(declare-fun x_674 () Real)
(declare-fun x_368 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_312 18))
(assert
 (= phase_496 22))
(assert
 (= phase_497 22))
(assert
 (= phase_498 22))
(assert
 (= phase_499 22))
(assert
 (= phase_500 22))
(assert
 (= phase_501 22))
(assert
 (= phase_814 24))
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
 (= phase_976 14))
(assert
 (= phase_1083 42))
(assert
 (= phase_1089 51))
(assert
 (let ((?x88333 (* (- 1.0) x_1477)))
 (let (($x306816 (>= boundary 51)))
 (let ((?x91861 (ite $x306816 ?x88333 0.0)))
 (let (($x139643 (>= boundary 43)))
 (let ((?x85806 (ite $x139643 (* 1.0 x_1477) 0.0)))
 (let ((?x75318 (* (- 1.0) x_1201)))
 (let (($x174153 (>= boundary 39)))
 (let ((?x79875 (ite $x174153 ?x75318 0.0)))
 (let (($x74185 (>= boundary 25)))
 (let ((?x72104 (ite $x74185 (* 1.0 x_1201) 0.0)))
 (let ((?x46942 (* (- 1.0) x_674)))
 (let (($x188768 (>= boundary 23)))
 (let ((?x49804 (ite $x188768 ?x46942 0.0)))
 (let (($x136366 (>= boundary 21)))
 (let ((?x46034 (ite $x136366 (* 1.0 x_674) 0.0)))
 (let ((?x24756 (* (- 1.0) x_368)))
 (let (($x102267 (>= boundary 19)))
 (let ((?x28132 (ite $x102267 ?x24756 0.0)))
 (let (($x101887 (>= boundary 13)))
 (let ((?x24667 (ite $x101887 (* 1.0 x_368) 0.0)))
 (let ((?x94758 (+ ?x24667 ?x28132 ?x46034 ?x49804 ?x72104 ?x79875 ?x85806 ?x91861)))
 (let (($x53504 (= read_value x_1477)))
 (let (($x31098 (= read_index 37)))
 (let (($x107909 (and (and $x31098 (not (= phase_1083 (- phase_1089 1)))) (= boundary (- phase_1089 2)))))
 (let (($x104987 (= read_value x_1201)))
 (let (($x127355 (= read_index 36)))
 (let (($x53409 (and (and $x127355 (not (= phase_814 (- phase_942 1)))) (= boundary (- phase_942 2)))))
 (let (($x130268 (and (and (= read_index 35) (not false)) (= boundary (- phase_941 1)))))
 (let (($x86199 (and (and (= read_index 34) (not false)) (= boundary (- phase_940 1)))))
 (let (($x58736 (and (and (= read_index 33) (not false)) (= boundary (- phase_939 1)))))
 (let (($x45731 (and (and (= read_index 32) (not false)) (= boundary (- phase_938 1)))))
 (let (($x223784 (and (and (= read_index 31) (not false)) (= boundary (- phase_937 1)))))
 (let (($x154952 (and (and (= read_index 30) (not false)) (= boundary (- phase_936 1)))))
 (let (($x74620 (and (and (= read_index 29) (not false)) (= boundary (- phase_935 1)))))
 (let (($x33602 (and (and (= read_index 28) (not false)) (= boundary (- phase_934 1)))))
 (let (($x115695 (and (and (= read_index 27) (not false)) (= boundary (- phase_933 1)))))
 (let (($x24615 (and (and (= read_index 26) (not false)) (= boundary (- phase_932 1)))))
 (let (($x111192 (and (and (= read_index 25) (not false)) (= boundary (- phase_931 1)))))
 (let (($x162714 (and (and (= read_index 24) (not false)) (= boundary (- phase_930 1)))))
 (let (($x74432 (and (and (= read_index 23) (not false)) (= boundary (- phase_929 1)))))
 (let (($x155986 (and (and (= read_index 22) (not false)) (= boundary (- phase_928 1)))))
 (let (($x17751 (and (and (= read_index 21) (not false)) (= boundary (- phase_927 1)))))
 (let (($x127440 (and (and (= read_index 20) (not false)) (= boundary (- phase_926 1)))))
 (let (($x130596 (and (and (= read_index 19) (not false)) (= boundary (- phase_925 1)))))
 (let (($x67250 (and (and (= read_index 18) (not false)) (= boundary (- phase_924 1)))))
 (let (($x40661 (and (and (= read_index 17) (not false)) (= boundary (- phase_923 1)))))
 (let (($x34960 (and (and (= read_index 16) (not false)) (= boundary (- phase_922 1)))))
 (let (($x95885 (and (and (= read_index 15) (not false)) (= boundary (- phase_921 1)))))
 (let (($x197165 (and (and (= read_index 14) (not false)) (= boundary (- phase_920 1)))))
 (let (($x174056 (and (and (= read_index 13) (not false)) (= boundary (- phase_919 1)))))
 (let (($x9387 (and (and (= read_index 12) (not false)) (= boundary (- phase_918 1)))))
 (let (($x153975 (and (and (= read_index 11) (not false)) (= boundary (- phase_917 1)))))
 (let (($x219665 (and (and (= read_index 10) (not false)) (= boundary (- phase_916 1)))))
 (let (($x10307 (and (and (= read_index 9) (not false)) (= boundary (- phase_915 1)))))
 (let (($x194532 (and (and (= read_index 8) (not false)) (= boundary (- phase_914 1)))))
 (let (($x110570 (= read_value x_674)))
 (let (($x230043 (and (and (= read_index 7) (not false)) (= boundary (- phase_501 1)))))
 (let (($x158741 (and (and (= read_index 6) (not false)) (= boundary (- phase_500 1)))))
 (let (($x152860 (and (and (= read_index 5) (not false)) (= boundary (- phase_499 1)))))
 (let (($x146360 (and (and (= read_index 4) (not false)) (= boundary (- phase_498 1)))))
 (let (($x133752 (and (and (= read_index 3) (not false)) (= boundary (- phase_497 1)))))
 (let (($x105070 (and (and (= read_index 2) (not false)) (= boundary (- phase_496 1)))))
 (let (($x39661 (= read_value x_368)))
 (let (($x71692 (and (and (= read_index 1) (not false)) (= boundary (- phase_976 1)))))
 (let (($x32319 (and (and (= read_index 0) (not false)) (= boundary (- phase_312 1)))))
 (let (($x40255 (or (and $x32319 $x39661) (and $x71692 $x39661) (and $x105070 $x110570) (and $x133752 $x110570) (and $x146360 $x110570) (and $x152860 $x110570) (and $x158741 $x110570) (and $x230043 $x110570) (and $x194532 $x104987) (and $x10307 $x104987) (and $x219665 $x104987) (and $x153975 $x104987) (and $x9387 $x104987) (and $x174056 $x104987) (and $x197165 $x104987) (and $x95885 $x104987) (and $x34960 $x104987) (and $x40661 $x104987) (and $x67250 $x104987) (and $x130596 $x104987) (and $x127440 $x104987) (and $x17751 $x104987) (and $x155986 $x104987) (and $x74432 $x104987) (and $x162714 $x104987) (and $x111192 $x104987) (and $x24615 $x104987) (and $x115695 $x104987) (and $x33602 $x104987) (and $x74620 $x104987) (and $x154952 $x104987) (and $x223784 $x104987) (and $x45731 $x104987) (and $x58736 $x104987) (and $x86199 $x104987) (and $x130268 $x104987) (and $x53409 $x104987) (and $x107909 $x53504))))
 (and $x40255 (and (distinct ?x94758 read_value) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
