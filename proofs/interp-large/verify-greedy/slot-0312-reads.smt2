(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_813 () Int)
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
(declare-fun x_1199 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_813 12))
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
 (let ((?x67773 (* (- 1.0) x_1199)))
 (let (($x251262 (>= boundary 39)))
 (let ((?x70745 (ite $x251262 ?x67773 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x34401 (ite $x175310 (* 1.0 x_1199) 0.0)))
 (let ((?x83750 (+ ?x34401 ?x70745)))
 (let (($x53358 (= read_value x_1199)))
 (let (($x6046 (= read_index 28)))
 (let (($x20619 (and (and $x6046 (not (= phase_813 (- phase_942 1)))) (= boundary (- phase_942 2)))))
 (let (($x50048 (and (and (= read_index 27) (not false)) (= boundary (- phase_941 1)))))
 (let (($x170747 (and (and (= read_index 26) (not false)) (= boundary (- phase_940 1)))))
 (let (($x211349 (and (and (= read_index 25) (not false)) (= boundary (- phase_939 1)))))
 (let (($x161349 (and (and (= read_index 24) (not false)) (= boundary (- phase_938 1)))))
 (let (($x136433 (and (and (= read_index 23) (not false)) (= boundary (- phase_937 1)))))
 (let (($x219117 (and (and (= read_index 22) (not false)) (= boundary (- phase_936 1)))))
 (let (($x174981 (and (and (= read_index 21) (not false)) (= boundary (- phase_935 1)))))
 (let (($x187889 (and (and (= read_index 20) (not false)) (= boundary (- phase_934 1)))))
 (let (($x219266 (and (and (= read_index 19) (not false)) (= boundary (- phase_933 1)))))
 (let (($x224581 (and (and (= read_index 18) (not false)) (= boundary (- phase_932 1)))))
 (let (($x43820 (and (and (= read_index 17) (not false)) (= boundary (- phase_931 1)))))
 (let (($x68472 (and (and (= read_index 16) (not false)) (= boundary (- phase_930 1)))))
 (let (($x45862 (and (and (= read_index 15) (not false)) (= boundary (- phase_929 1)))))
 (let (($x223632 (and (and (= read_index 14) (not false)) (= boundary (- phase_928 1)))))
 (let (($x50284 (and (and (= read_index 13) (not false)) (= boundary (- phase_927 1)))))
 (let (($x71470 (and (and (= read_index 12) (not false)) (= boundary (- phase_926 1)))))
 (let (($x73877 (and (and (= read_index 11) (not false)) (= boundary (- phase_925 1)))))
 (let (($x107567 (and (and (= read_index 10) (not false)) (= boundary (- phase_924 1)))))
 (let (($x96746 (and (and (= read_index 9) (not false)) (= boundary (- phase_923 1)))))
 (let (($x63347 (and (and (= read_index 8) (not false)) (= boundary (- phase_922 1)))))
 (let (($x238138 (and (and (= read_index 7) (not false)) (= boundary (- phase_921 1)))))
 (let (($x182533 (and (and (= read_index 6) (not false)) (= boundary (- phase_920 1)))))
 (let (($x294373 (and (and (= read_index 5) (not false)) (= boundary (- phase_919 1)))))
 (let (($x168897 (and (and (= read_index 4) (not false)) (= boundary (- phase_918 1)))))
 (let (($x155543 (and (and (= read_index 3) (not false)) (= boundary (- phase_917 1)))))
 (let (($x136108 (and (and (= read_index 2) (not false)) (= boundary (- phase_916 1)))))
 (let (($x114252 (and (and (= read_index 1) (not false)) (= boundary (- phase_915 1)))))
 (let (($x48162 (and (and (= read_index 0) (not false)) (= boundary (- phase_914 1)))))
 (let (($x225175 (or (and $x48162 $x53358) (and $x114252 $x53358) (and $x136108 $x53358) (and $x155543 $x53358) (and $x168897 $x53358) (and $x294373 $x53358) (and $x182533 $x53358) (and $x238138 $x53358) (and $x63347 $x53358) (and $x96746 $x53358) (and $x107567 $x53358) (and $x73877 $x53358) (and $x71470 $x53358) (and $x50284 $x53358) (and $x223632 $x53358) (and $x45862 $x53358) (and $x68472 $x53358) (and $x43820 $x53358) (and $x224581 $x53358) (and $x219266 $x53358) (and $x187889 $x53358) (and $x174981 $x53358) (and $x219117 $x53358) (and $x136433 $x53358) (and $x161349 $x53358) (and $x211349 $x53358) (and $x170747 $x53358) (and $x50048 $x53358) (and $x20619 $x53358))))
 (and $x225175 (and (distinct ?x83750 read_value) true)))))))))))))))))))))))))))))))))))))))))
(check-sat)
