(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_305 () Int)
(declare-fun phase_487 () Int)
(declare-fun phase_488 () Int)
(declare-fun phase_489 () Int)
(declare-fun phase_490 () Int)
(declare-fun phase_500 () Int)
(declare-fun phase_501 () Int)
(declare-fun phase_502 () Int)
(declare-fun phase_503 () Int)
(declare-fun phase_809 () Int)
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
(declare-fun phase_1070 () Int)
(declare-fun phase_1073 () Int)
(declare-fun read_value () Real)
(declare-fun x_1464 () Real)
(declare-fun boundary () Int)
(declare-fun x_1193 () Real)
(declare-fun x_668 () Real)
(declare-fun x_362 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_305 18))
(assert
 (= phase_487 22))
(assert
 (= phase_488 22))
(assert
 (= phase_489 22))
(assert
 (= phase_490 22))
(assert
 (= phase_500 22))
(assert
 (= phase_501 22))
(assert
 (= phase_502 22))
(assert
 (= phase_503 22))
(assert
 (= phase_809 24))
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
 (= phase_1070 42))
(assert
 (= phase_1073 51))
(assert
 (let ((?x91776 (* (- 1.0) x_1464)))
 (let (($x306816 (>= boundary 51)))
 (let ((?x94186 (ite $x306816 ?x91776 0.0)))
 (let (($x139643 (>= boundary 43)))
 (let ((?x84755 (ite $x139643 (* 1.0 x_1464) 0.0)))
 (let ((?x62797 (* (- 1.0) x_1193)))
 (let (($x174153 (>= boundary 39)))
 (let ((?x63379 (ite $x174153 ?x62797 0.0)))
 (let (($x74185 (>= boundary 25)))
 (let ((?x47559 (ite $x74185 (* 1.0 x_1193) 0.0)))
 (let ((?x34542 (* (- 1.0) x_668)))
 (let (($x188768 (>= boundary 23)))
 (let ((?x36721 (ite $x188768 ?x34542 0.0)))
 (let (($x136366 (>= boundary 21)))
 (let ((?x28650 (ite $x136366 (* 1.0 x_668) 0.0)))
 (let ((?x15526 (* (- 1.0) x_362)))
 (let (($x102267 (>= boundary 19)))
 (let ((?x26033 (ite $x102267 ?x15526 0.0)))
 (let (($x101887 (>= boundary 13)))
 (let ((?x14291 (ite $x101887 (* 1.0 x_362) 0.0)))
 (let ((?x109282 (+ ?x14291 ?x26033 ?x28650 ?x36721 ?x47559 ?x63379 ?x84755 ?x94186)))
 (let (($x100674 (= read_value x_1464)))
 (let (($x107424 (= read_index 39)))
 (let (($x83275 (and (and $x107424 (not (= phase_1070 (- phase_1073 1)))) (= boundary (- phase_1073 2)))))
 (let (($x13484 (= read_value x_1193)))
 (let (($x103537 (= read_index 38)))
 (let (($x142407 (and (and $x103537 (not (= phase_809 (- phase_942 1)))) (= boundary (- phase_942 2)))))
 (let (($x144389 (and (and (= read_index 37) (not false)) (= boundary (- phase_941 1)))))
 (let (($x33387 (and (and (= read_index 36) (not false)) (= boundary (- phase_940 1)))))
 (let (($x15573 (and (and (= read_index 35) (not false)) (= boundary (- phase_939 1)))))
 (let (($x131679 (and (and (= read_index 34) (not false)) (= boundary (- phase_938 1)))))
 (let (($x17751 (and (and (= read_index 33) (not false)) (= boundary (- phase_937 1)))))
 (let (($x145434 (and (and (= read_index 32) (not false)) (= boundary (- phase_936 1)))))
 (let (($x152662 (and (and (= read_index 31) (not false)) (= boundary (- phase_935 1)))))
 (let (($x222905 (and (and (= read_index 30) (not false)) (= boundary (- phase_934 1)))))
 (let (($x42568 (and (and (= read_index 29) (not false)) (= boundary (- phase_933 1)))))
 (let (($x64865 (and (and (= read_index 28) (not false)) (= boundary (- phase_932 1)))))
 (let (($x33077 (and (and (= read_index 27) (not false)) (= boundary (- phase_931 1)))))
 (let (($x48675 (and (and (= read_index 26) (not false)) (= boundary (- phase_930 1)))))
 (let (($x35484 (and (and (= read_index 25) (not false)) (= boundary (- phase_929 1)))))
 (let (($x115624 (and (and (= read_index 24) (not false)) (= boundary (- phase_928 1)))))
 (let (($x5312 (and (and (= read_index 23) (not false)) (= boundary (- phase_927 1)))))
 (let (($x44861 (and (and (= read_index 22) (not false)) (= boundary (- phase_926 1)))))
 (let (($x229185 (and (and (= read_index 21) (not false)) (= boundary (- phase_925 1)))))
 (let (($x113431 (and (and (= read_index 20) (not false)) (= boundary (- phase_924 1)))))
 (let (($x140188 (and (and (= read_index 19) (not false)) (= boundary (- phase_923 1)))))
 (let (($x138154 (and (and (= read_index 18) (not false)) (= boundary (- phase_922 1)))))
 (let (($x102879 (and (and (= read_index 17) (not false)) (= boundary (- phase_921 1)))))
 (let (($x154679 (and (and (= read_index 16) (not false)) (= boundary (- phase_920 1)))))
 (let (($x198966 (and (and (= read_index 15) (not false)) (= boundary (- phase_919 1)))))
 (let (($x114267 (and (and (= read_index 14) (not false)) (= boundary (- phase_918 1)))))
 (let (($x220930 (and (and (= read_index 13) (not false)) (= boundary (- phase_917 1)))))
 (let (($x55031 (and (and (= read_index 12) (not false)) (= boundary (- phase_916 1)))))
 (let (($x106904 (and (and (= read_index 11) (not false)) (= boundary (- phase_915 1)))))
 (let (($x128042 (and (and (= read_index 10) (not false)) (= boundary (- phase_914 1)))))
 (let (($x79770 (= read_value x_668)))
 (let (($x198727 (and (and (= read_index 9) (not false)) (= boundary (- phase_503 1)))))
 (let (($x82791 (and (and (= read_index 8) (not false)) (= boundary (- phase_502 1)))))
 (let (($x220935 (and (and (= read_index 7) (not false)) (= boundary (- phase_501 1)))))
 (let (($x152711 (and (and (= read_index 6) (not false)) (= boundary (- phase_500 1)))))
 (let (($x143727 (and (and (= read_index 5) (not false)) (= boundary (- phase_490 1)))))
 (let (($x123106 (and (and (= read_index 4) (not false)) (= boundary (- phase_489 1)))))
 (let (($x99815 (and (and (= read_index 3) (not false)) (= boundary (- phase_488 1)))))
 (let (($x68989 (and (and (= read_index 2) (not false)) (= boundary (- phase_487 1)))))
 (let (($x28034 (= read_value x_362)))
 (let (($x51449 (and (and (= read_index 1) (not false)) (= boundary (- phase_976 1)))))
 (let (($x26759 (and (and (= read_index 0) (not false)) (= boundary (- phase_305 1)))))
 (let (($x156859 (or (and $x26759 $x28034) (and $x51449 $x28034) (and $x68989 $x79770) (and $x99815 $x79770) (and $x123106 $x79770) (and $x143727 $x79770) (and $x152711 $x79770) (and $x220935 $x79770) (and $x82791 $x79770) (and $x198727 $x79770) (and $x128042 $x13484) (and $x106904 $x13484) (and $x55031 $x13484) (and $x220930 $x13484) (and $x114267 $x13484) (and $x198966 $x13484) (and $x154679 $x13484) (and $x102879 $x13484) (and $x138154 $x13484) (and $x140188 $x13484) (and $x113431 $x13484) (and $x229185 $x13484) (and $x44861 $x13484) (and $x5312 $x13484) (and $x115624 $x13484) (and $x35484 $x13484) (and $x48675 $x13484) (and $x33077 $x13484) (and $x64865 $x13484) (and $x42568 $x13484) (and $x222905 $x13484) (and $x152662 $x13484) (and $x145434 $x13484) (and $x17751 $x13484) (and $x131679 $x13484) (and $x15573 $x13484) (and $x33387 $x13484) (and $x144389 $x13484) (and $x142407 $x13484) (and $x83275 $x100674))))
 (and $x156859 (and (distinct ?x109282 read_value) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
