(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_299 () Int)
(declare-fun phase_478 () Int)
(declare-fun phase_479 () Int)
(declare-fun phase_489 () Int)
(declare-fun phase_490 () Int)
(declare-fun phase_491 () Int)
(declare-fun phase_492 () Int)
(declare-fun phase_493 () Int)
(declare-fun phase_494 () Int)
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
(declare-fun phase_976 () Int)
(declare-fun phase_1056 () Int)
(declare-fun phase_1057 () Int)
(declare-fun read_value () Real)
(declare-fun x_1450 () Real)
(declare-fun boundary () Int)
(declare-fun x_1186 () Real)
(declare-fun x_662 () Real)
(declare-fun x_356 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_299 18))
(assert
 (= phase_478 22))
(assert
 (= phase_479 22))
(assert
 (= phase_489 22))
(assert
 (= phase_490 22))
(assert
 (= phase_491 22))
(assert
 (= phase_492 22))
(assert
 (= phase_493 22))
(assert
 (= phase_494 22))
(assert
 (= phase_805 24))
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
 (= phase_1056 42))
(assert
 (= phase_1057 51))
(assert
 (let ((?x91298 (* (- 1.0) x_1450)))
 (let (($x306816 (>= boundary 51)))
 (let ((?x92199 (ite $x306816 ?x91298 0.0)))
 (let (($x139643 (>= boundary 43)))
 (let ((?x89194 (ite $x139643 (* 1.0 x_1450) 0.0)))
 (let ((?x72724 (* (- 1.0) x_1186)))
 (let (($x174153 (>= boundary 39)))
 (let ((?x74552 (ite $x174153 ?x72724 0.0)))
 (let (($x74185 (>= boundary 25)))
 (let ((?x72704 (ite $x74185 (* 1.0 x_1186) 0.0)))
 (let ((?x55491 (* (- 1.0) x_662)))
 (let (($x188768 (>= boundary 23)))
 (let ((?x58026 (ite $x188768 ?x55491 0.0)))
 (let (($x136366 (>= boundary 21)))
 (let ((?x49065 (ite $x136366 (* 1.0 x_662) 0.0)))
 (let ((?x32034 (* (- 1.0) x_356)))
 (let (($x102267 (>= boundary 19)))
 (let ((?x34777 (ite $x102267 ?x32034 0.0)))
 (let (($x101887 (>= boundary 13)))
 (let ((?x22252 (ite $x101887 (* 1.0 x_356) 0.0)))
 (let ((?x92928 (+ ?x22252 ?x34777 ?x49065 ?x58026 ?x72704 ?x74552 ?x89194 ?x92199)))
 (let (($x96020 (= read_value x_1450)))
 (let (($x107424 (= read_index 39)))
 (let (($x40860 (and (and $x107424 (not (= phase_1056 (- phase_1057 1)))) (= boundary (- phase_1057 2)))))
 (let (($x74715 (= read_value x_1186)))
 (let (($x103537 (= read_index 38)))
 (let (($x138574 (and (and $x103537 (not (= phase_805 (- phase_942 1)))) (= boundary (- phase_942 2)))))
 (let (($x220675 (and (and (= read_index 37) (not false)) (= boundary (- phase_941 1)))))
 (let (($x109967 (and (and (= read_index 36) (not false)) (= boundary (- phase_940 1)))))
 (let (($x48130 (and (and (= read_index 35) (not false)) (= boundary (- phase_939 1)))))
 (let (($x126950 (and (and (= read_index 34) (not false)) (= boundary (- phase_938 1)))))
 (let (($x183892 (and (and (= read_index 33) (not false)) (= boundary (- phase_937 1)))))
 (let (($x86233 (and (and (= read_index 32) (not false)) (= boundary (- phase_936 1)))))
 (let (($x216702 (and (and (= read_index 31) (not false)) (= boundary (- phase_935 1)))))
 (let (($x59046 (and (and (= read_index 30) (not false)) (= boundary (- phase_934 1)))))
 (let (($x18570 (and (and (= read_index 29) (not false)) (= boundary (- phase_933 1)))))
 (let (($x231178 (and (and (= read_index 28) (not false)) (= boundary (- phase_932 1)))))
 (let (($x68907 (and (and (= read_index 27) (not false)) (= boundary (- phase_931 1)))))
 (let (($x143379 (and (and (= read_index 26) (not false)) (= boundary (- phase_930 1)))))
 (let (($x114156 (and (and (= read_index 25) (not false)) (= boundary (- phase_929 1)))))
 (let (($x80037 (and (and (= read_index 24) (not false)) (= boundary (- phase_928 1)))))
 (let (($x53014 (and (and (= read_index 23) (not false)) (= boundary (- phase_927 1)))))
 (let (($x27324 (and (and (= read_index 22) (not false)) (= boundary (- phase_926 1)))))
 (let (($x46617 (and (and (= read_index 21) (not false)) (= boundary (- phase_925 1)))))
 (let (($x197154 (and (and (= read_index 20) (not false)) (= boundary (- phase_924 1)))))
 (let (($x75387 (and (and (= read_index 19) (not false)) (= boundary (- phase_923 1)))))
 (let (($x109168 (and (and (= read_index 18) (not false)) (= boundary (- phase_922 1)))))
 (let (($x97069 (and (and (= read_index 17) (not false)) (= boundary (- phase_921 1)))))
 (let (($x79855 (and (and (= read_index 16) (not false)) (= boundary (- phase_920 1)))))
 (let (($x158588 (and (and (= read_index 15) (not false)) (= boundary (- phase_919 1)))))
 (let (($x26269 (and (and (= read_index 14) (not false)) (= boundary (- phase_918 1)))))
 (let (($x68116 (and (and (= read_index 13) (not false)) (= boundary (- phase_917 1)))))
 (let (($x226812 (and (and (= read_index 12) (not false)) (= boundary (- phase_916 1)))))
 (let (($x71959 (and (and (= read_index 11) (not false)) (= boundary (- phase_915 1)))))
 (let (($x111783 (and (and (= read_index 10) (not false)) (= boundary (- phase_914 1)))))
 (let (($x104372 (= read_value x_662)))
 (let (($x154729 (and (and (= read_index 9) (not false)) (= boundary (- phase_494 1)))))
 (let (($x136295 (and (and (= read_index 8) (not false)) (= boundary (- phase_493 1)))))
 (let (($x218403 (and (and (= read_index 7) (not false)) (= boundary (- phase_492 1)))))
 (let (($x191645 (and (and (= read_index 6) (not false)) (= boundary (- phase_491 1)))))
 (let (($x169155 (and (and (= read_index 5) (not false)) (= boundary (- phase_490 1)))))
 (let (($x134204 (and (and (= read_index 4) (not false)) (= boundary (- phase_489 1)))))
 (let (($x113807 (and (and (= read_index 3) (not false)) (= boundary (- phase_479 1)))))
 (let (($x94183 (and (and (= read_index 2) (not false)) (= boundary (- phase_478 1)))))
 (let (($x8499 (= read_value x_356)))
 (let (($x26027 (and (and (= read_index 1) (not false)) (= boundary (- phase_976 1)))))
 (let (($x7928 (and (and (= read_index 0) (not false)) (= boundary (- phase_299 1)))))
 (let (($x60630 (or (and $x7928 $x8499) (and $x26027 $x8499) (and $x94183 $x104372) (and $x113807 $x104372) (and $x134204 $x104372) (and $x169155 $x104372) (and $x191645 $x104372) (and $x218403 $x104372) (and $x136295 $x104372) (and $x154729 $x104372) (and $x111783 $x74715) (and $x71959 $x74715) (and $x226812 $x74715) (and $x68116 $x74715) (and $x26269 $x74715) (and $x158588 $x74715) (and $x79855 $x74715) (and $x97069 $x74715) (and $x109168 $x74715) (and $x75387 $x74715) (and $x197154 $x74715) (and $x46617 $x74715) (and $x27324 $x74715) (and $x53014 $x74715) (and $x80037 $x74715) (and $x114156 $x74715) (and $x143379 $x74715) (and $x68907 $x74715) (and $x231178 $x74715) (and $x18570 $x74715) (and $x59046 $x74715) (and $x216702 $x74715) (and $x86233 $x74715) (and $x183892 $x74715) (and $x126950 $x74715) (and $x48130 $x74715) (and $x109967 $x74715) (and $x220675 $x74715) (and $x138574 $x74715) (and $x40860 $x96020))))
 (and $x60630 (and (distinct ?x92928 read_value) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
