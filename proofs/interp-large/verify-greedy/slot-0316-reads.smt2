(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_816 () Int)
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
(declare-fun x_1203 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_816 12))
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
 (let ((?x40378 (* (- 1.0) x_1203)))
 (let (($x251262 (>= boundary 39)))
 (let ((?x41105 (ite $x251262 ?x40378 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x24882 (ite $x175310 (* 1.0 x_1203) 0.0)))
 (let ((?x48909 (+ ?x24882 ?x41105)))
 (let (($x60925 (= read_value x_1203)))
 (let (($x6046 (= read_index 28)))
 (let (($x216341 (and (and $x6046 (not (= phase_816 (- phase_942 1)))) (= boundary (- phase_942 2)))))
 (let (($x128049 (and (and (= read_index 27) (not false)) (= boundary (- phase_941 1)))))
 (let (($x87537 (and (and (= read_index 26) (not false)) (= boundary (- phase_940 1)))))
 (let (($x217996 (and (and (= read_index 25) (not false)) (= boundary (- phase_939 1)))))
 (let (($x61433 (and (and (= read_index 24) (not false)) (= boundary (- phase_938 1)))))
 (let (($x51660 (and (and (= read_index 23) (not false)) (= boundary (- phase_937 1)))))
 (let (($x112016 (and (and (= read_index 22) (not false)) (= boundary (- phase_936 1)))))
 (let (($x137913 (and (and (= read_index 21) (not false)) (= boundary (- phase_935 1)))))
 (let (($x2672 (and (and (= read_index 20) (not false)) (= boundary (- phase_934 1)))))
 (let (($x53093 (and (and (= read_index 19) (not false)) (= boundary (- phase_933 1)))))
 (let (($x173744 (and (and (= read_index 18) (not false)) (= boundary (- phase_932 1)))))
 (let (($x226877 (and (and (= read_index 17) (not false)) (= boundary (- phase_931 1)))))
 (let (($x31925 (and (and (= read_index 16) (not false)) (= boundary (- phase_930 1)))))
 (let (($x210529 (and (and (= read_index 15) (not false)) (= boundary (- phase_929 1)))))
 (let (($x31881 (and (and (= read_index 14) (not false)) (= boundary (- phase_928 1)))))
 (let (($x95965 (and (and (= read_index 13) (not false)) (= boundary (- phase_927 1)))))
 (let (($x129116 (and (and (= read_index 12) (not false)) (= boundary (- phase_926 1)))))
 (let (($x222899 (and (and (= read_index 11) (not false)) (= boundary (- phase_925 1)))))
 (let (($x8910 (and (and (= read_index 10) (not false)) (= boundary (- phase_924 1)))))
 (let (($x155156 (and (and (= read_index 9) (not false)) (= boundary (- phase_923 1)))))
 (let (($x17987 (and (and (= read_index 8) (not false)) (= boundary (- phase_922 1)))))
 (let (($x135277 (and (and (= read_index 7) (not false)) (= boundary (- phase_921 1)))))
 (let (($x42115 (and (and (= read_index 6) (not false)) (= boundary (- phase_920 1)))))
 (let (($x274018 (and (and (= read_index 5) (not false)) (= boundary (- phase_919 1)))))
 (let (($x223704 (and (and (= read_index 4) (not false)) (= boundary (- phase_918 1)))))
 (let (($x167931 (and (and (= read_index 3) (not false)) (= boundary (- phase_917 1)))))
 (let (($x133694 (and (and (= read_index 2) (not false)) (= boundary (- phase_916 1)))))
 (let (($x84073 (and (and (= read_index 1) (not false)) (= boundary (- phase_915 1)))))
 (let (($x47305 (and (and (= read_index 0) (not false)) (= boundary (- phase_914 1)))))
 (let (($x151275 (or (and $x47305 $x60925) (and $x84073 $x60925) (and $x133694 $x60925) (and $x167931 $x60925) (and $x223704 $x60925) (and $x274018 $x60925) (and $x42115 $x60925) (and $x135277 $x60925) (and $x17987 $x60925) (and $x155156 $x60925) (and $x8910 $x60925) (and $x222899 $x60925) (and $x129116 $x60925) (and $x95965 $x60925) (and $x31881 $x60925) (and $x210529 $x60925) (and $x31925 $x60925) (and $x226877 $x60925) (and $x173744 $x60925) (and $x53093 $x60925) (and $x2672 $x60925) (and $x137913 $x60925) (and $x112016 $x60925) (and $x51660 $x60925) (and $x61433 $x60925) (and $x217996 $x60925) (and $x87537 $x60925) (and $x128049 $x60925) (and $x216341 $x60925))))
 (and $x151275 (and (distinct ?x48909 read_value) true)))))))))))))))))))))))))))))))))))))))))
(check-sat)
