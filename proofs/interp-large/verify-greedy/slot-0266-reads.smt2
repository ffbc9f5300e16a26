(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_787 () Int)
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
(declare-fun x_1153 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_787 12))
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
 (let ((?x65889 (* (- 1.0) x_1153)))
 (let (($x251262 (>= boundary 39)))
 (let ((?x71212 (ite $x251262 ?x65889 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x27512 (ite $x175310 (* 1.0 x_1153) 0.0)))
 (let ((?x73220 (+ ?x27512 ?x71212)))
 (let (($x39624 (= read_value x_1153)))
 (let (($x6046 (= read_index 28)))
 (let (($x63103 (and (and $x6046 (not (= phase_787 (- phase_942 1)))) (= boundary (- phase_942 2)))))
 (let (($x73869 (and (and (= read_index 27) (not false)) (= boundary (- phase_941 1)))))
 (let (($x72192 (and (and (= read_index 26) (not false)) (= boundary (- phase_940 1)))))
 (let (($x143244 (and (and (= read_index 25) (not false)) (= boundary (- phase_939 1)))))
 (let (($x90114 (and (and (= read_index 24) (not false)) (= boundary (- phase_938 1)))))
 (let (($x9609 (and (and (= read_index 23) (not false)) (= boundary (- phase_937 1)))))
 (let (($x160338 (and (and (= read_index 22) (not false)) (= boundary (- phase_936 1)))))
 (let (($x72257 (and (and (= read_index 21) (not false)) (= boundary (- phase_935 1)))))
 (let (($x82213 (and (and (= read_index 20) (not false)) (= boundary (- phase_934 1)))))
 (let (($x79357 (and (and (= read_index 19) (not false)) (= boundary (- phase_933 1)))))
 (let (($x224613 (and (and (= read_index 18) (not false)) (= boundary (- phase_932 1)))))
 (let (($x145727 (and (and (= read_index 17) (not false)) (= boundary (- phase_931 1)))))
 (let (($x226500 (and (and (= read_index 16) (not false)) (= boundary (- phase_930 1)))))
 (let (($x125778 (and (and (= read_index 15) (not false)) (= boundary (- phase_929 1)))))
 (let (($x29990 (and (and (= read_index 14) (not false)) (= boundary (- phase_928 1)))))
 (let (($x104552 (and (and (= read_index 13) (not false)) (= boundary (- phase_927 1)))))
 (let (($x91880 (and (and (= read_index 12) (not false)) (= boundary (- phase_926 1)))))
 (let (($x211367 (and (and (= read_index 11) (not false)) (= boundary (- phase_925 1)))))
 (let (($x225022 (and (and (= read_index 10) (not false)) (= boundary (- phase_924 1)))))
 (let (($x26985 (and (and (= read_index 9) (not false)) (= boundary (- phase_923 1)))))
 (let (($x139329 (and (and (= read_index 8) (not false)) (= boundary (- phase_922 1)))))
 (let (($x227862 (and (and (= read_index 7) (not false)) (= boundary (- phase_921 1)))))
 (let (($x44938 (and (and (= read_index 6) (not false)) (= boundary (- phase_920 1)))))
 (let (($x252366 (and (and (= read_index 5) (not false)) (= boundary (- phase_919 1)))))
 (let (($x219451 (and (and (= read_index 4) (not false)) (= boundary (- phase_918 1)))))
 (let (($x174298 (and (and (= read_index 3) (not false)) (= boundary (- phase_917 1)))))
 (let (($x141805 (and (and (= read_index 2) (not false)) (= boundary (- phase_916 1)))))
 (let (($x125039 (and (and (= read_index 1) (not false)) (= boundary (- phase_915 1)))))
 (let (($x31464 (and (and (= read_index 0) (not false)) (= boundary (- phase_914 1)))))
 (let (($x51184 (or (and $x31464 $x39624) (and $x125039 $x39624) (and $x141805 $x39624) (and $x174298 $x39624) (and $x219451 $x39624) (and $x252366 $x39624) (and $x44938 $x39624) (and $x227862 $x39624) (and $x139329 $x39624) (and $x26985 $x39624) (and $x225022 $x39624) (and $x211367 $x39624) (and $x91880 $x39624) (and $x104552 $x39624) (and $x29990 $x39624) (and $x125778 $x39624) (and $x226500 $x39624) (and $x145727 $x39624) (and $x224613 $x39624) (and $x79357 $x39624) (and $x82213 $x39624) (and $x72257 $x39624) (and $x160338 $x39624) (and $x9609 $x39624) (and $x90114 $x39624) (and $x143244 $x39624) (and $x72192 $x39624) (and $x73869 $x39624) (and $x63103 $x39624))))
 (and $x51184 (and (distinct ?x73220 read_value) true)))))))))))))))))))))))))))))))))))))))))
(check-sat)
