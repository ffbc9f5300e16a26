(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_795 () Int)
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
(declare-fun x_1167 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_795 12))
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
 (let ((?x21177 (* (- 1.0) x_1167)))
 (let (($x251262 (>= boundary 39)))
 (let ((?x21669 (ite $x251262 ?x21177 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x12661 (ite $x175310 (* 1.0 x_1167) 0.0)))
 (let ((?x23850 (+ ?x12661 ?x21669)))
 (let (($x49719 (= read_value x_1167)))
 (let (($x6046 (= read_index 28)))
 (let (($x193033 (and (and $x6046 (not (= phase_795 (- phase_942 1)))) (= boundary (- phase_942 2)))))
 (let (($x107677 (and (and (= read_index 27) (not false)) (= boundary (- phase_941 1)))))
 (let (($x3889 (and (and (= read_index 26) (not false)) (= boundary (- phase_940 1)))))
 (let (($x84263 (and (and (= read_index 25) (not false)) (= boundary (- phase_939 1)))))
 (let (($x13748 (and (and (= read_index 24) (not false)) (= boundary (- phase_938 1)))))
 (let (($x113704 (and (and (= read_index 23) (not false)) (= boundary (- phase_937 1)))))
 (let (($x244504 (and (and (= read_index 22) (not false)) (= boundary (- phase_936 1)))))
 (let (($x91640 (and (and (= read_index 21) (not false)) (= boundary (- phase_935 1)))))
 (let (($x191722 (and (and (= read_index 20) (not false)) (= boundary (- phase_934 1)))))
 (let (($x218961 (and (and (= read_index 19) (not false)) (= boundary (- phase_933 1)))))
 (let (($x165698 (and (and (= read_index 18) (not false)) (= boundary (- phase_932 1)))))
 (let (($x211540 (and (and (= read_index 17) (not false)) (= boundary (- phase_931 1)))))
 (let (($x175000 (and (and (= read_index 16) (not false)) (= boundary (- phase_930 1)))))
 (let (($x135005 (and (and (= read_index 15) (not false)) (= boundary (- phase_929 1)))))
 (let (($x38771 (and (and (= read_index 14) (not false)) (= boundary (- phase_928 1)))))
 (let (($x145057 (and (and (= read_index 13) (not false)) (= boundary (- phase_927 1)))))
 (let (($x39664 (and (and (= read_index 12) (not false)) (= boundary (- phase_926 1)))))
 (let (($x129561 (and (and (= read_index 11) (not false)) (= boundary (- phase_925 1)))))
 (let (($x138085 (and (and (= read_index 10) (not false)) (= boundary (- phase_924 1)))))
 (let (($x129086 (and (and (= read_index 9) (not false)) (= boundary (- phase_923 1)))))
 (let (($x57198 (and (and (= read_index 8) (not false)) (= boundary (- phase_922 1)))))
 (let (($x123357 (and (and (= read_index 7) (not false)) (= boundary (- phase_921 1)))))
 (let (($x79773 (and (and (= read_index 6) (not false)) (= boundary (- phase_920 1)))))
 (let (($x338142 (and (and (= read_index 5) (not false)) (= boundary (- phase_919 1)))))
 (let (($x205117 (and (and (= read_index 4) (not false)) (= boundary (- phase_918 1)))))
 (let (($x162137 (and (and (= read_index 3) (not false)) (= boundary (- phase_917 1)))))
 (let (($x119154 (and (and (= read_index 2) (not false)) (= boundary (- phase_916 1)))))
 (let (($x99994 (and (and (= read_index 1) (not false)) (= boundary (- phase_915 1)))))
 (let (($x45862 (and (and (= read_index 0) (not false)) (= boundary (- phase_914 1)))))
 (let (($x127460 (or (and $x45862 $x49719) (and $x99994 $x49719) (and $x119154 $x49719) (and $x162137 $x49719) (and $x205117 $x49719) (and $x338142 $x49719) (and $x79773 $x49719) (and $x123357 $x49719) (and $x57198 $x49719) (and $x129086 $x49719) (and $x138085 $x49719) (and $x129561 $x49719) (and $x39664 $x49719) (and $x145057 $x49719) (and $x38771 $x49719) (and $x135005 $x49719) (and $x175000 $x49719) (and $x211540 $x49719) (and $x165698 $x49719) (and $x218961 $x49719) (and $x191722 $x49719) (and $x91640 $x49719) (and $x244504 $x49719) (and $x113704 $x49719) (and $x13748 $x49719) (and $x84263 $x49719) (and $x3889 $x49719) (and $x107677 $x49719) (and $x193033 $x49719))))
 (and $x127460 (and (distinct ?x23850 read_value) true)))))))))))))))))))))))))))))))))))))))))
(check-sat)
