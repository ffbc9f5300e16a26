(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_810 () Int)
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
(declare-fun x_1194 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_810 12))
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
 (let ((?x12661 (* (- 1.0) x_1194)))
 (let (($x251262 (>= boundary 39)))
 (let ((?x14230 (ite $x251262 ?x12661 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x7841 (ite $x175310 (* 1.0 x_1194) 0.0)))
 (let ((?x21836 (+ ?x7841 ?x14230)))
 (let (($x40169 (= read_value x_1194)))
 (let (($x6046 (= read_index 28)))
 (let (($x37671 (and (and $x6046 (not (= phase_810 (- phase_942 1)))) (= boundary (- phase_942 2)))))
 (let (($x140088 (and (and (= read_index 27) (not false)) (= boundary (- phase_941 1)))))
 (let (($x81137 (and (and (= read_index 26) (not false)) (= boundary (- phase_940 1)))))
 (let (($x118538 (and (and (= read_index 25) (not false)) (= boundary (- phase_939 1)))))
 (let (($x8931 (and (and (= read_index 24) (not false)) (= boundary (- phase_938 1)))))
 (let (($x148494 (and (and (= read_index 23) (not false)) (= boundary (- phase_937 1)))))
 (let (($x138822 (and (and (= read_index 22) (not false)) (= boundary (- phase_936 1)))))
 (let (($x219378 (and (and (= read_index 21) (not false)) (= boundary (- phase_935 1)))))
 (let (($x113375 (and (and (= read_index 20) (not false)) (= boundary (- phase_934 1)))))
 (let (($x149558 (and (and (= read_index 19) (not false)) (= boundary (- phase_933 1)))))
 (let (($x253090 (and (and (= read_index 18) (not false)) (= boundary (- phase_932 1)))))
 (let (($x182475 (and (and (= read_index 17) (not false)) (= boundary (- phase_931 1)))))
 (let (($x221671 (and (and (= read_index 16) (not false)) (= boundary (- phase_930 1)))))
 (let (($x145888 (and (and (= read_index 15) (not false)) (= boundary (- phase_929 1)))))
 (let (($x6030 (and (and (= read_index 14) (not false)) (= boundary (- phase_928 1)))))
 (let (($x175183 (and (and (= read_index 13) (not false)) (= boundary (- phase_927 1)))))
 (let (($x146887 (and (and (= read_index 12) (not false)) (= boundary (- phase_926 1)))))
 (let (($x42213 (and (and (= read_index 11) (not false)) (= boundary (- phase_925 1)))))
 (let (($x78913 (and (and (= read_index 10) (not false)) (= boundary (- phase_924 1)))))
 (let (($x68986 (and (and (= read_index 9) (not false)) (= boundary (- phase_923 1)))))
 (let (($x100869 (and (and (= read_index 8) (not false)) (= boundary (- phase_922 1)))))
 (let (($x31942 (and (and (= read_index 7) (not false)) (= boundary (- phase_921 1)))))
 (let (($x127125 (and (and (= read_index 6) (not false)) (= boundary (- phase_920 1)))))
 (let (($x253055 (and (and (= read_index 5) (not false)) (= boundary (- phase_919 1)))))
 (let (($x182363 (and (and (= read_index 4) (not false)) (= boundary (- phase_918 1)))))
 (let (($x154248 (and (and (= read_index 3) (not false)) (= boundary (- phase_917 1)))))
 (let (($x122135 (and (and (= read_index 2) (not false)) (= boundary (- phase_916 1)))))
 (let (($x60923 (and (and (= read_index 1) (not false)) (= boundary (- phase_915 1)))))
 (let (($x35959 (and (and (= read_index 0) (not false)) (= boundary (- phase_914 1)))))
 (let (($x49962 (or (and $x35959 $x40169) (and $x60923 $x40169) (and $x122135 $x40169) (and $x154248 $x40169) (and $x182363 $x40169) (and $x253055 $x40169) (and $x127125 $x40169) (and $x31942 $x40169) (and $x100869 $x40169) (and $x68986 $x40169) (and $x78913 $x40169) (and $x42213 $x40169) (and $x146887 $x40169) (and $x175183 $x40169) (and $x6030 $x40169) (and $x145888 $x40169) (and $x221671 $x40169) (and $x182475 $x40169) (and $x253090 $x40169) (and $x149558 $x40169) (and $x113375 $x40169) (and $x219378 $x40169) (and $x138822 $x40169) (and $x148494 $x40169) (and $x8931 $x40169) (and $x118538 $x40169) (and $x81137 $x40169) (and $x140088 $x40169) (and $x37671 $x40169))))
 (and $x49962 (and (distinct ?x21836 read_value) true)))))))))))))))))))))))))))))))))))))))))
(check-sat)
