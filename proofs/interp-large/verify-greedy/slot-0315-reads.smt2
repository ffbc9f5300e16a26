(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_815 () Int)
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
(declare-fun x_1202 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_815 12))
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
 (let ((?x18887 (* (- 1.0) x_1202)))
 (let (($x251262 (>= boundary 39)))
 (let ((?x23092 (ite $x251262 ?x18887 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x14338 (ite $x175310 (* 1.0 x_1202) 0.0)))
 (let ((?x29199 (+ ?x14338 ?x23092)))
 (let (($x55076 (= read_value x_1202)))
 (let (($x6046 (= read_index 28)))
 (let (($x165462 (and (and $x6046 (not (= phase_815 (- phase_942 1)))) (= boundary (- phase_942 2)))))
 (let (($x4366 (and (and (= read_index 27) (not false)) (= boundary (- phase_941 1)))))
 (let (($x199190 (and (and (= read_index 26) (not false)) (= boundary (- phase_940 1)))))
 (let (($x174903 (and (and (= read_index 25) (not false)) (= boundary (- phase_939 1)))))
 (let (($x40378 (and (and (= read_index 24) (not false)) (= boundary (- phase_938 1)))))
 (let (($x122857 (and (and (= read_index 23) (not false)) (= boundary (- phase_937 1)))))
 (let (($x40130 (and (and (= read_index 22) (not false)) (= boundary (- phase_936 1)))))
 (let (($x129084 (and (and (= read_index 21) (not false)) (= boundary (- phase_935 1)))))
 (let (($x195879 (and (and (= read_index 20) (not false)) (= boundary (- phase_934 1)))))
 (let (($x77686 (and (and (= read_index 19) (not false)) (= boundary (- phase_933 1)))))
 (let (($x86175 (and (and (= read_index 18) (not false)) (= boundary (- phase_932 1)))))
 (let (($x168895 (and (and (= read_index 17) (not false)) (= boundary (- phase_931 1)))))
 (let (($x241080 (and (and (= read_index 16) (not false)) (= boundary (- phase_930 1)))))
 (let (($x23560 (and (and (= read_index 15) (not false)) (= boundary (- phase_929 1)))))
 (let (($x57529 (and (and (= read_index 14) (not false)) (= boundary (- phase_928 1)))))
 (let (($x44841 (and (and (= read_index 13) (not false)) (= boundary (- phase_927 1)))))
 (let (($x164388 (and (and (= read_index 12) (not false)) (= boundary (- phase_926 1)))))
 (let (($x171768 (and (and (= read_index 11) (not false)) (= boundary (- phase_925 1)))))
 (let (($x187722 (and (and (= read_index 10) (not false)) (= boundary (- phase_924 1)))))
 (let (($x107550 (and (and (= read_index 9) (not false)) (= boundary (- phase_923 1)))))
 (let (($x189341 (and (and (= read_index 8) (not false)) (= boundary (- phase_922 1)))))
 (let (($x153396 (and (and (= read_index 7) (not false)) (= boundary (- phase_921 1)))))
 (let (($x225094 (and (and (= read_index 6) (not false)) (= boundary (- phase_920 1)))))
 (let (($x262291 (and (and (= read_index 5) (not false)) (= boundary (- phase_919 1)))))
 (let (($x190392 (and (and (= read_index 4) (not false)) (= boundary (- phase_918 1)))))
 (let (($x158147 (and (and (= read_index 3) (not false)) (= boundary (- phase_917 1)))))
 (let (($x103940 (and (and (= read_index 2) (not false)) (= boundary (- phase_916 1)))))
 (let (($x74386 (and (and (= read_index 1) (not false)) (= boundary (- phase_915 1)))))
 (let (($x53518 (and (and (= read_index 0) (not false)) (= boundary (- phase_914 1)))))
 (let (($x54163 (or (and $x53518 $x55076) (and $x74386 $x55076) (and $x103940 $x55076) (and $x158147 $x55076) (and $x190392 $x55076) (and $x262291 $x55076) (and $x225094 $x55076) (and $x153396 $x55076) (and $x189341 $x55076) (and $x107550 $x55076) (and $x187722 $x55076) (and $x171768 $x55076) (and $x164388 $x55076) (and $x44841 $x55076) (and $x57529 $x55076) (and $x23560 $x55076) (and $x241080 $x55076) (and $x168895 $x55076) (and $x86175 $x55076) (and $x77686 $x55076) (and $x195879 $x55076) (and $x129084 $x55076) (and $x40130 $x55076) (and $x122857 $x55076) (and $x40378 $x55076) (and $x174903 $x55076) (and $x199190 $x55076) (and $x4366 $x55076) (and $x165462 $x55076))))
 (and $x54163 (and (distinct ?x29199 read_value) true)))))))))))))))))))))))))))))))))))))))))
(check-sat)
