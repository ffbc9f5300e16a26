(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_285 () Int)
(declare-fun phase_469 () Int)
(declare-fun phase_470 () Int)
(declare-fun phase_471 () Int)
(declare-fun phase_472 () Int)
(declare-fun phase_473 () Int)
(declare-fun phase_483 () Int)
(declare-fun phase_484 () Int)
(declare-fun phase_485 () Int)
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
(declare-fun phase_976 () Int)
(declare-fun phase_1039 () Int)
(declare-fun phase_1041 () Int)
(declare-fun read_value () Real)
(declare-fun x_1433 () Real)
(declare-fun boundary () Int)
(declare-fun x_1166 () Real)
(declare-fun x_651 () Real)
(declare-fun x_344 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_285 18))
(assert
 (= phase_469 22))
(assert
 (= phase_470 22))
(assert
 (= phase_471 22))
(assert
 (= phase_472 22))
(assert
 (= phase_473 22))
(assert
 (= phase_483 22))
(assert
 (= phase_484 22))
(assert
 (= phase_485 22))
(assert
 (= phase_794 24))
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
 (= phase_1039 42))
(assert
 (= phase_1041 51))
(assert
 (let ((?x69215 (* (- 1.0) x_1433)))
 (let (($x306816 (>= boundary 51)))
 (let ((?x72838 (ite $x306816 ?x69215 0.0)))
 (let (($x139643 (>= boundary 43)))
 (let ((?x61940 (ite $x139643 (* 1.0 x_1433) 0.0)))
 (let ((?x53744 (* (- 1.0) x_1166)))
 (let (($x174153 (>= boundary 39)))
 (let ((?x55979 (ite $x174153 ?x53744 0.0)))
 (let (($x74185 (>= boundary 25)))
 (let ((?x53069 (ite $x74185 (* 1.0 x_1166) 0.0)))
 (let ((?x24761 (* (- 1.0) x_651)))
 (let (($x188768 (>= boundary 23)))
 (let ((?x34846 (ite $x188768 ?x24761 0.0)))
 (let (($x136366 (>= boundary 21)))
 (let ((?x23997 (ite $x136366 (* 1.0 x_651) 0.0)))
 (let ((?x8755 (* (- 1.0) x_344)))
 (let (($x102267 (>= boundary 19)))
 (let ((?x9394 (ite $x102267 ?x8755 0.0)))
 (let (($x101887 (>= boundary 13)))
 (let ((?x5444 (ite $x101887 (* 1.0 x_344) 0.0)))
 (let ((?x76087 (+ ?x5444 ?x9394 ?x23997 ?x34846 ?x53069 ?x55979 ?x61940 ?x72838)))
 (let (($x137921 (= read_value x_1433)))
 (let (($x107424 (= read_index 39)))
 (let (($x117098 (and (and $x107424 (not (= phase_1039 (- phase_1041 1)))) (= boundary (- phase_1041 2)))))
 (let (($x65893 (= read_value x_1166)))
 (let (($x103537 (= read_index 38)))
 (let (($x36477 (and (and $x103537 (not (= phase_794 (- phase_942 1)))) (= boundary (- phase_942 2)))))
 (let (($x142107 (and (and (= read_index 37) (not false)) (= boundary (- phase_941 1)))))
 (let (($x110501 (and (and (= read_index 36) (not false)) (= boundary (- phase_940 1)))))
 (let (($x222387 (and (and (= read_index 35) (not false)) (= boundary (- phase_939 1)))))
 (let (($x104371 (and (and (= read_index 34) (not false)) (= boundary (- phase_938 1)))))
 (let (($x8775 (and (and (= read_index 33) (not false)) (= boundary (- phase_937 1)))))
 (let (($x128046 (and (and (= read_index 32) (not false)) (= boundary (- phase_936 1)))))
 (let (($x212626 (and (and (= read_index 31) (not false)) (= boundary (- phase_935 1)))))
 (let (($x43715 (and (and (= read_index 30) (not false)) (= boundary (- phase_934 1)))))
 (let (($x125143 (and (and (= read_index 29) (not false)) (= boundary (- phase_933 1)))))
 (let (($x22302 (and (and (= read_index 28) (not false)) (= boundary (- phase_932 1)))))
 (let (($x194610 (and (and (= read_index 27) (not false)) (= boundary (- phase_931 1)))))
 (let (($x87064 (and (and (= read_index 26) (not false)) (= boundary (- phase_930 1)))))
 (let (($x210847 (and (and (= read_index 25) (not false)) (= boundary (- phase_929 1)))))
 (let (($x212856 (and (and (= read_index 24) (not false)) (= boundary (- phase_928 1)))))
 (let (($x160402 (and (and (= read_index 23) (not false)) (= boundary (- phase_927 1)))))
 (let (($x71344 (and (and (= read_index 22) (not false)) (= boundary (- phase_926 1)))))
 (let (($x174056 (and (and (= read_index 21) (not false)) (= boundary (- phase_925 1)))))
 (let (($x48887 (and (and (= read_index 20) (not false)) (= boundary (- phase_924 1)))))
 (let (($x188843 (and (and (= read_index 19) (not false)) (= boundary (- phase_923 1)))))
 (let (($x223774 (and (and (= read_index 18) (not false)) (= boundary (- phase_922 1)))))
 (let (($x24730 (and (and (= read_index 17) (not false)) (= boundary (- phase_921 1)))))
 (let (($x27040 (and (and (= read_index 16) (not false)) (= boundary (- phase_920 1)))))
 (let (($x2868 (and (and (= read_index 15) (not false)) (= boundary (- phase_919 1)))))
 (let (($x41006 (and (and (= read_index 14) (not false)) (= boundary (- phase_918 1)))))
 (let (($x245211 (and (and (= read_index 13) (not false)) (= boundary (- phase_917 1)))))
 (let (($x159746 (and (and (= read_index 12) (not false)) (= boundary (- phase_916 1)))))
 (let (($x210475 (and (and (= read_index 11) (not false)) (= boundary (- phase_915 1)))))
 (let (($x197316 (and (and (= read_index 10) (not false)) (= boundary (- phase_914 1)))))
 (let (($x74881 (= read_value x_651)))
 (let (($x115324 (and (and (= read_index 9) (not false)) (= boundary (- phase_485 1)))))
 (let (($x35238 (and (and (= read_index 8) (not false)) (= boundary (- phase_484 1)))))
 (let (($x185488 (and (and (= read_index 7) (not false)) (= boundary (- phase_483 1)))))
 (let (($x150116 (and (and (= read_index 6) (not false)) (= boundary (- phase_473 1)))))
 (let (($x138131 (and (and (= read_index 5) (not false)) (= boundary (- phase_472 1)))))
 (let (($x115878 (and (and (= read_index 4) (not false)) (= boundary (- phase_471 1)))))
 (let (($x99717 (and (and (= read_index 3) (not false)) (= boundary (- phase_470 1)))))
 (let (($x66982 (and (and (= read_index 2) (not false)) (= boundary (- phase_469 1)))))
 (let (($x31207 (= read_value x_344)))
 (let (($x43502 (and (and (= read_index 1) (not false)) (= boundary (- phase_976 1)))))
 (let (($x19004 (and (and (= read_index 0) (not false)) (= boundary (- phase_285 1)))))
 (let (($x180334 (or (and $x19004 $x31207) (and $x43502 $x31207) (and $x66982 $x74881) (and $x99717 $x74881) (and $x115878 $x74881) (and $x138131 $x74881) (and $x150116 $x74881) (and $x185488 $x74881) (and $x35238 $x74881) (and $x115324 $x74881) (and $x197316 $x65893) (and $x210475 $x65893) (and $x159746 $x65893) (and $x245211 $x65893) (and $x41006 $x65893) (and $x2868 $x65893) (and $x27040 $x65893) (and $x24730 $x65893) (and $x223774 $x65893) (and $x188843 $x65893) (and $x48887 $x65893) (and $x174056 $x65893) (and $x71344 $x65893) (and $x160402 $x65893) (and $x212856 $x65893) (and $x210847 $x65893) (and $x87064 $x65893) (and $x194610 $x65893) (and $x22302 $x65893) (and $x125143 $x65893) (and $x43715 $x65893) (and $x212626 $x65893) (and $x128046 $x65893) (and $x8775 $x65893) (and $x104371 $x65893) (and $x222387 $x65893) (and $x110501 $x65893) (and $x142107 $x65893) (and $x36477 $x65893) (and $x117098 $x137921))))
 (and $x180334 (and (distinct ?x76087 read_value) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
