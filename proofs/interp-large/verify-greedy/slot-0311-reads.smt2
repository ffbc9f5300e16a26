(set-logic QF_LIRA)
; 
(set-info :status unknown)
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
(declare-fun read_value () Real)
(declare-fun x_1198 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_812 12))
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
 (let ((?x41599 (* (- 1.0) x_1198)))
 (let (($x251262 (>= boundary 39)))
 (let ((?x59295 (ite $x251262 ?x41599 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x39007 (ite $x175310 (* 1.0 x_1198) 0.0)))
 (let ((?x63286 (+ ?x39007 ?x59295)))
 (let (($x64163 (= read_value x_1198)))
 (let (($x6046 (= read_index 28)))
 (let (($x153217 (and (and $x6046 (not (= phase_812 (- phase_942 1)))) (= boundary (- phase_942 2)))))
 (let (($x15465 (and (and (= read_index 27) (not false)) (= boundary (- phase_941 1)))))
 (let (($x102020 (and (and (= read_index 26) (not false)) (= boundary (- phase_940 1)))))
 (let (($x92078 (and (and (= read_index 25) (not false)) (= boundary (- phase_939 1)))))
 (let (($x78274 (and (and (= read_index 24) (not false)) (= boundary (- phase_938 1)))))
 (let (($x65261 (and (and (= read_index 23) (not false)) (= boundary (- phase_937 1)))))
 (let (($x171779 (and (and (= read_index 22) (not false)) (= boundary (- phase_936 1)))))
 (let (($x226491 (and (and (= read_index 21) (not false)) (= boundary (- phase_935 1)))))
 (let (($x224786 (and (and (= read_index 20) (not false)) (= boundary (- phase_934 1)))))
 (let (($x140541 (and (and (= read_index 19) (not false)) (= boundary (- phase_933 1)))))
 (let (($x250250 (and (and (= read_index 18) (not false)) (= boundary (- phase_932 1)))))
 (let (($x187722 (and (and (= read_index 17) (not false)) (= boundary (- phase_931 1)))))
 (let (($x174977 (and (and (= read_index 16) (not false)) (= boundary (- phase_930 1)))))
 (let (($x211349 (and (and (= read_index 15) (not false)) (= boundary (- phase_929 1)))))
 (let (($x108324 (and (and (= read_index 14) (not false)) (= boundary (- phase_928 1)))))
 (let (($x144714 (and (and (= read_index 13) (not false)) (= boundary (- phase_927 1)))))
 (let (($x105264 (and (and (= read_index 12) (not false)) (= boundary (- phase_926 1)))))
 (let (($x60519 (and (and (= read_index 11) (not false)) (= boundary (- phase_925 1)))))
 (let (($x147538 (and (and (= read_index 10) (not false)) (= boundary (- phase_924 1)))))
 (let (($x126338 (and (and (= read_index 9) (not false)) (= boundary (- phase_923 1)))))
 (let (($x114229 (and (and (= read_index 8) (not false)) (= boundary (- phase_922 1)))))
 (let (($x112468 (and (and (= read_index 7) (not false)) (= boundary (- phase_921 1)))))
 (let (($x142383 (and (and (= read_index 6) (not false)) (= boundary (- phase_920 1)))))
 (let (($x257244 (and (and (= read_index 5) (not false)) (= boundary (- phase_919 1)))))
 (let (($x175363 (and (and (= read_index 4) (not false)) (= boundary (- phase_918 1)))))
 (let (($x142454 (and (and (= read_index 3) (not false)) (= boundary (- phase_917 1)))))
 (let (($x114398 (and (and (= read_index 2) (not false)) (= boundary (- phase_916 1)))))
 (let (($x89887 (and (and (= read_index 1) (not false)) (= boundary (- phase_915 1)))))
 (let (($x63354 (and (and (= read_index 0) (not false)) (= boundary (- phase_914 1)))))
 (let (($x190091 (or (and $x63354 $x64163) (and $x89887 $x64163) (and $x114398 $x64163) (and $x142454 $x64163) (and $x175363 $x64163) (and $x257244 $x64163) (and $x142383 $x64163) (and $x112468 $x64163) (and $x114229 $x64163) (and $x126338 $x64163) (and $x147538 $x64163) (and $x60519 $x64163) (and $x105264 $x64163) (and $x144714 $x64163) (and $x108324 $x64163) (and $x211349 $x64163) (and $x174977 $x64163) (and $x187722 $x64163) (and $x250250 $x64163) (and $x140541 $x64163) (and $x224786 $x64163) (and $x226491 $x64163) (and $x171779 $x64163) (and $x65261 $x64163) (and $x78274 $x64163) (and $x92078 $x64163) (and $x102020 $x64163) (and $x15465 $x64163) (and $x153217 $x64163))))
 (and $x190091 (and (distinct ?x63286 read_value) true)))))))))))))))))))))))))))))))))))))))))
(check-sat)
