(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_800 () Int)
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
(declare-fun x_1177 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_800 12))
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
 (let ((?x23917 (* (- 1.0) x_1177)))
 (let (($x251262 (>= boundary 39)))
 (let ((?x27478 (ite $x251262 ?x23917 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x11599 (ite $x175310 (* 1.0 x_1177) 0.0)))
 (let ((?x37591 (+ ?x11599 ?x27478)))
 (let (($x109021 (= read_value x_1177)))
 (let (($x6046 (= read_index 28)))
 (let (($x247989 (and (and $x6046 (not (= phase_800 (- phase_942 1)))) (= boundary (- phase_942 2)))))
 (let (($x27308 (and (and (= read_index 27) (not false)) (= boundary (- phase_941 1)))))
 (let (($x73960 (and (and (= read_index 26) (not false)) (= boundary (- phase_940 1)))))
 (let (($x89322 (and (and (= read_index 25) (not false)) (= boundary (- phase_939 1)))))
 (let (($x227739 (and (and (= read_index 24) (not false)) (= boundary (- phase_938 1)))))
 (let (($x56551 (and (and (= read_index 23) (not false)) (= boundary (- phase_937 1)))))
 (let (($x219464 (and (and (= read_index 22) (not false)) (= boundary (- phase_936 1)))))
 (let (($x127093 (and (and (= read_index 21) (not false)) (= boundary (- phase_935 1)))))
 (let (($x83750 (and (and (= read_index 20) (not false)) (= boundary (- phase_934 1)))))
 (let (($x252546 (and (and (= read_index 19) (not false)) (= boundary (- phase_933 1)))))
 (let (($x73377 (and (and (= read_index 18) (not false)) (= boundary (- phase_932 1)))))
 (let (($x227249 (and (and (= read_index 17) (not false)) (= boundary (- phase_931 1)))))
 (let (($x136072 (and (and (= read_index 16) (not false)) (= boundary (- phase_930 1)))))
 (let (($x37834 (and (and (= read_index 15) (not false)) (= boundary (- phase_929 1)))))
 (let (($x150003 (and (and (= read_index 14) (not false)) (= boundary (- phase_928 1)))))
 (let (($x105217 (and (and (= read_index 13) (not false)) (= boundary (- phase_927 1)))))
 (let (($x159562 (and (and (= read_index 12) (not false)) (= boundary (- phase_926 1)))))
 (let (($x178494 (and (and (= read_index 11) (not false)) (= boundary (- phase_925 1)))))
 (let (($x56196 (and (and (= read_index 10) (not false)) (= boundary (- phase_924 1)))))
 (let (($x193513 (and (and (= read_index 9) (not false)) (= boundary (- phase_923 1)))))
 (let (($x70978 (and (and (= read_index 8) (not false)) (= boundary (- phase_922 1)))))
 (let (($x47603 (and (and (= read_index 7) (not false)) (= boundary (- phase_921 1)))))
 (let (($x63677 (and (and (= read_index 6) (not false)) (= boundary (- phase_920 1)))))
 (let (($x226919 (and (and (= read_index 5) (not false)) (= boundary (- phase_919 1)))))
 (let (($x215020 (and (and (= read_index 4) (not false)) (= boundary (- phase_918 1)))))
 (let (($x187834 (and (and (= read_index 3) (not false)) (= boundary (- phase_917 1)))))
 (let (($x165532 (and (and (= read_index 2) (not false)) (= boundary (- phase_916 1)))))
 (let (($x128001 (and (and (= read_index 1) (not false)) (= boundary (- phase_915 1)))))
 (let (($x80578 (and (and (= read_index 0) (not false)) (= boundary (- phase_914 1)))))
 (let (($x180112 (or (and $x80578 $x109021) (and $x128001 $x109021) (and $x165532 $x109021) (and $x187834 $x109021) (and $x215020 $x109021) (and $x226919 $x109021) (and $x63677 $x109021) (and $x47603 $x109021) (and $x70978 $x109021) (and $x193513 $x109021) (and $x56196 $x109021) (and $x178494 $x109021) (and $x159562 $x109021) (and $x105217 $x109021) (and $x150003 $x109021) (and $x37834 $x109021) (and $x136072 $x109021) (and $x227249 $x109021) (and $x73377 $x109021) (and $x252546 $x109021) (and $x83750 $x109021) (and $x127093 $x109021) (and $x219464 $x109021) (and $x56551 $x109021) (and $x227739 $x109021) (and $x89322 $x109021) (and $x73960 $x109021) (and $x27308 $x109021) (and $x247989 $x109021))))
 (and $x180112 (and (distinct ?x37591 read_value) true)))))))))))))))))))))))))))))))))))))))))
(check-sat)
