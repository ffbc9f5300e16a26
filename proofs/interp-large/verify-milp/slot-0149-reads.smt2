(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_310 () Int)
(declare-fun phase_496 () Int)
(declare-fun phase_497 () Int)
(declare-fun phase_498 () Int)
(declare-fun phase_499 () Int)
(declare-fun phase_500 () Int)
(declare-fun phase_501 () Int)
(declare-fun phase_502 () Int)
(declare-fun phase_503 () Int)
(declare-fun phase_812 () Int)
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
(declare-fun phase_1077 () Int)
(declare-fun phase_1089 () Int)
(declare-fun read_value () Real)
(declare-fun x_1471 () Real)
(declare-fun boundary () Int)
(declare-fun x_1198 () Real)
(declare-fun x_672 () Real)
(declare-fun x_366 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_310 18))
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
 (= phase_502 22))
(assert
 (= phase_503 22))
(assert
 (= phase_812 24))
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
 (= phase_1077 42))
(assert
 (= phase_1089 51))
(assert
 (let ((?x96114 (* (- 1.0) x_1471)))
 (let (($x306816 (>= boundary 51)))
 (let ((?x98660 (ite $x306816 ?x96114 0.0)))
 (let (($x139643 (>= boundary 43)))
 (let ((?x92017 (ite $x139643 (* 1.0 x_1471) 0.0)))
 (let ((?x82134 (* (- 1.0) x_1198)))
 (let (($x174153 (>= boundary 39)))
 (let ((?x85967 (ite $x174153 ?x82134 0.0)))
 (let (($x74185 (>= boundary 25)))
 (let ((?x79317 (ite $x74185 (* 1.0 x_1198) 0.0)))
 (let ((?x45185 (* (- 1.0) x_672)))
 (let (($x188768 (>= boundary 23)))
 (let ((?x59989 (ite $x188768 ?x45185 0.0)))
 (let (($x136366 (>= boundary 21)))
 (let ((?x41957 (ite $x136366 (* 1.0 x_672) 0.0)))
 (let ((?x31836 (* (- 1.0) x_366)))
 (let (($x102267 (>= boundary 19)))
 (let ((?x32712 (ite $x102267 ?x31836 0.0)))
 (let (($x101887 (>= boundary 13)))
 (let ((?x19360 (ite $x101887 (* 1.0 x_366) 0.0)))
 (let ((?x113135 (+ ?x19360 ?x32712 ?x41957 ?x59989 ?x79317 ?x85967 ?x92017 ?x98660)))
 (let (($x107885 (= read_value x_1471)))
 (let (($x107424 (= read_index 39)))
 (let (($x106548 (and (and $x107424 (not (= phase_1077 (- phase_1089 1)))) (= boundary (- phase_1089 2)))))
 (let (($x39629 (= read_value x_1198)))
 (let (($x103537 (= read_index 38)))
 (let (($x151201 (and (and $x103537 (not (= phase_812 (- phase_942 1)))) (= boundary (- phase_942 2)))))
 (let (($x25738 (and (and (= read_index 37) (not false)) (= boundary (- phase_941 1)))))
 (let (($x4489 (and (and (= read_index 36) (not false)) (= boundary (- phase_940 1)))))
 (let (($x126507 (and (and (= read_index 35) (not false)) (= boundary (- phase_939 1)))))
 (let (($x105202 (and (and (= read_index 34) (not false)) (= boundary (- phase_938 1)))))
 (let (($x97504 (and (and (= read_index 33) (not false)) (= boundary (- phase_937 1)))))
 (let (($x4791 (and (and (= read_index 32) (not false)) (= boundary (- phase_936 1)))))
 (let (($x43293 (and (and (= read_index 31) (not false)) (= boundary (- phase_935 1)))))
 (let (($x68798 (and (and (= read_index 30) (not false)) (= boundary (- phase_934 1)))))
 (let (($x75863 (and (and (= read_index 29) (not false)) (= boundary (- phase_933 1)))))
 (let (($x129858 (and (and (= read_index 28) (not false)) (= boundary (- phase_932 1)))))
 (let (($x117848 (and (and (= read_index 27) (not false)) (= boundary (- phase_931 1)))))
 (let (($x25334 (and (and (= read_index 26) (not false)) (= boundary (- phase_930 1)))))
 (let (($x1345 (and (and (= read_index 25) (not false)) (= boundary (- phase_929 1)))))
 (let (($x137725 (and (and (= read_index 24) (not false)) (= boundary (- phase_928 1)))))
 (let (($x197428 (and (and (= read_index 23) (not false)) (= boundary (- phase_927 1)))))
 (let (($x143657 (and (and (= read_index 22) (not false)) (= boundary (- phase_926 1)))))
 (let (($x104325 (and (and (= read_index 21) (not false)) (= boundary (- phase_925 1)))))
 (let (($x155879 (and (and (= read_index 20) (not false)) (= boundary (- phase_924 1)))))
 (let (($x223784 (and (and (= read_index 19) (not false)) (= boundary (- phase_923 1)))))
 (let (($x58119 (and (and (= read_index 18) (not false)) (= boundary (- phase_922 1)))))
 (let (($x32194 (and (and (= read_index 17) (not false)) (= boundary (- phase_921 1)))))
 (let (($x1907 (and (and (= read_index 16) (not false)) (= boundary (- phase_920 1)))))
 (let (($x79896 (and (and (= read_index 15) (not false)) (= boundary (- phase_919 1)))))
 (let (($x138205 (and (and (= read_index 14) (not false)) (= boundary (- phase_918 1)))))
 (let (($x148734 (and (and (= read_index 13) (not false)) (= boundary (- phase_917 1)))))
 (let (($x129934 (and (and (= read_index 12) (not false)) (= boundary (- phase_916 1)))))
 (let (($x82401 (and (and (= read_index 11) (not false)) (= boundary (- phase_915 1)))))
 (let (($x58582 (and (and (= read_index 10) (not false)) (= boundary (- phase_914 1)))))
 (let (($x85187 (= read_value x_672)))
 (let (($x106044 (and (and (= read_index 9) (not false)) (= boundary (- phase_503 1)))))
 (let (($x91915 (and (and (= read_index 8) (not false)) (= boundary (- phase_502 1)))))
 (let (($x243923 (and (and (= read_index 7) (not false)) (= boundary (- phase_501 1)))))
 (let (($x186771 (and (and (= read_index 6) (not false)) (= boundary (- phase_500 1)))))
 (let (($x156305 (and (and (= read_index 5) (not false)) (= boundary (- phase_499 1)))))
 (let (($x140256 (and (and (= read_index 4) (not false)) (= boundary (- phase_498 1)))))
 (let (($x109261 (and (and (= read_index 3) (not false)) (= boundary (- phase_497 1)))))
 (let (($x76930 (and (and (= read_index 2) (not false)) (= boundary (- phase_496 1)))))
 (let (($x16631 (= read_value x_366)))
 (let (($x45699 (and (and (= read_index 1) (not false)) (= boundary (- phase_976 1)))))
 (let (($x11490 (and (and (= read_index 0) (not false)) (= boundary (- phase_310 1)))))
 (let (($x74772 (or (and $x11490 $x16631) (and $x45699 $x16631) (and $x76930 $x85187) (and $x109261 $x85187) (and $x140256 $x85187) (and $x156305 $x85187) (and $x186771 $x85187) (and $x243923 $x85187) (and $x91915 $x85187) (and $x106044 $x85187) (and $x58582 $x39629) (and $x82401 $x39629) (and $x129934 $x39629) (and $x148734 $x39629) (and $x138205 $x39629) (and $x79896 $x39629) (and $x1907 $x39629) (and $x32194 $x39629) (and $x58119 $x39629) (and $x223784 $x39629) (and $x155879 $x39629) (and $x104325 $x39629) (and $x143657 $x39629) (and $x197428 $x39629) (and $x137725 $x39629) (and $x1345 $x39629) (and $x25334 $x39629) (and $x117848 $x39629) (and $x129858 $x39629) (and $x75863 $x39629) (and $x68798 $x39629) (and $x43293 $x39629) (and $x4791 $x39629) (and $x97504 $x39629) (and $x105202 $x39629) (and $x126507 $x39629) (and $x4489 $x39629) (and $x25738 $x39629) (and $x151201 $x39629) (and $x106548 $x107885))))
 (and $x74772 (and (distinct ?x113135 read_value) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
