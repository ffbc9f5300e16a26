(set-logic QF_LIRA)
; 
(set-info :status unknown)
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
(declare-fun read_value () Real)
(declare-fun x_1193 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_809 12))
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
 (let ((?x33118 (* (- 1.0) x_1193)))
 (let (($x251262 (>= boundary 39)))
 (let ((?x47393 (ite $x251262 ?x33118 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x28910 (ite $x175310 (* 1.0 x_1193) 0.0)))
 (let ((?x47440 (+ ?x28910 ?x47393)))
 (let (($x79444 (= read_value x_1193)))
 (let (($x6046 (= read_index 28)))
 (let (($x167613 (and (and $x6046 (not (= phase_809 (- phase_942 1)))) (= boundary (- phase_942 2)))))
 (let (($x29087 (and (and (= read_index 27) (not false)) (= boundary (- phase_941 1)))))
 (let (($x14230 (and (and (= read_index 26) (not false)) (= boundary (- phase_940 1)))))
 (let (($x96746 (and (and (= read_index 25) (not false)) (= boundary (- phase_939 1)))))
 (let (($x22414 (and (and (= read_index 24) (not false)) (= boundary (- phase_938 1)))))
 (let (($x52765 (and (and (= read_index 23) (not false)) (= boundary (- phase_937 1)))))
 (let (($x220826 (and (and (= read_index 22) (not false)) (= boundary (- phase_936 1)))))
 (let (($x173861 (and (and (= read_index 21) (not false)) (= boundary (- phase_935 1)))))
 (let (($x146581 (and (and (= read_index 20) (not false)) (= boundary (- phase_934 1)))))
 (let (($x98772 (and (and (= read_index 19) (not false)) (= boundary (- phase_933 1)))))
 (let (($x167619 (and (and (= read_index 18) (not false)) (= boundary (- phase_932 1)))))
 (let (($x183912 (and (and (= read_index 17) (not false)) (= boundary (- phase_931 1)))))
 (let (($x8931 (and (and (= read_index 16) (not false)) (= boundary (- phase_930 1)))))
 (let (($x66447 (and (and (= read_index 15) (not false)) (= boundary (- phase_929 1)))))
 (let (($x123356 (and (and (= read_index 14) (not false)) (= boundary (- phase_928 1)))))
 (let (($x149527 (and (and (= read_index 13) (not false)) (= boundary (- phase_927 1)))))
 (let (($x226042 (and (and (= read_index 12) (not false)) (= boundary (- phase_926 1)))))
 (let (($x184001 (and (and (= read_index 11) (not false)) (= boundary (- phase_925 1)))))
 (let (($x338154 (and (and (= read_index 10) (not false)) (= boundary (- phase_924 1)))))
 (let (($x167870 (and (and (= read_index 9) (not false)) (= boundary (- phase_923 1)))))
 (let (($x191453 (and (and (= read_index 8) (not false)) (= boundary (- phase_922 1)))))
 (let (($x93500 (and (and (= read_index 7) (not false)) (= boundary (- phase_921 1)))))
 (let (($x139119 (and (and (= read_index 6) (not false)) (= boundary (- phase_920 1)))))
 (let (($x338266 (and (and (= read_index 5) (not false)) (= boundary (- phase_919 1)))))
 (let (($x209670 (and (and (= read_index 4) (not false)) (= boundary (- phase_918 1)))))
 (let (($x165479 (and (and (= read_index 3) (not false)) (= boundary (- phase_917 1)))))
 (let (($x138378 (and (and (= read_index 2) (not false)) (= boundary (- phase_916 1)))))
 (let (($x115706 (and (and (= read_index 1) (not false)) (= boundary (- phase_915 1)))))
 (let (($x47131 (and (and (= read_index 0) (not false)) (= boundary (- phase_914 1)))))
 (let (($x14338 (or (and $x47131 $x79444) (and $x115706 $x79444) (and $x138378 $x79444) (and $x165479 $x79444) (and $x209670 $x79444) (and $x338266 $x79444) (and $x139119 $x79444) (and $x93500 $x79444) (and $x191453 $x79444) (and $x167870 $x79444) (and $x338154 $x79444) (and $x184001 $x79444) (and $x226042 $x79444) (and $x149527 $x79444) (and $x123356 $x79444) (and $x66447 $x79444) (and $x8931 $x79444) (and $x183912 $x79444) (and $x167619 $x79444) (and $x98772 $x79444) (and $x146581 $x79444) (and $x173861 $x79444) (and $x220826 $x79444) (and $x52765 $x79444) (and $x22414 $x79444) (and $x96746 $x79444) (and $x14230 $x79444) (and $x29087 $x79444) (and $x167613 $x79444))))
 (and $x14338 (and (distinct ?x47440 read_value) true)))))))))))))))))))))))))))))))))))))))))
(check-sat)
