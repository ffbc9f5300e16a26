(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_814 () Int)
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
(declare-fun x_1201 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_814 12))
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
 (let ((?x29042 (* (- 1.0) x_1201)))
 (let (($x251262 (>= boundary 39)))
 (let ((?x37651 (ite $x251262 ?x29042 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x14363 (ite $x175310 (* 1.0 x_1201) 0.0)))
 (let ((?x43855 (+ ?x14363 ?x37651)))
 (let (($x36340 (= read_value x_1201)))
 (let (($x6046 (= read_index 28)))
 (let (($x15050 (and (and $x6046 (not (= phase_814 (- phase_942 1)))) (= boundary (- phase_942 2)))))
 (let (($x139729 (and (and (= read_index 27) (not false)) (= boundary (- phase_941 1)))))
 (let (($x163722 (and (and (= read_index 26) (not false)) (= boundary (- phase_940 1)))))
 (let (($x173007 (and (and (= read_index 25) (not false)) (= boundary (- phase_939 1)))))
 (let (($x59000 (and (and (= read_index 24) (not false)) (= boundary (- phase_938 1)))))
 (let (($x149172 (and (and (= read_index 23) (not false)) (= boundary (- phase_937 1)))))
 (let (($x127354 (and (and (= read_index 22) (not false)) (= boundary (- phase_936 1)))))
 (let (($x107273 (and (and (= read_index 21) (not false)) (= boundary (- phase_935 1)))))
 (let (($x223704 (and (and (= read_index 20) (not false)) (= boundary (- phase_934 1)))))
 (let (($x168560 (and (and (= read_index 19) (not false)) (= boundary (- phase_933 1)))))
 (let (($x56708 (and (and (= read_index 18) (not false)) (= boundary (- phase_932 1)))))
 (let (($x128034 (and (and (= read_index 17) (not false)) (= boundary (- phase_931 1)))))
 (let (($x168139 (and (and (= read_index 16) (not false)) (= boundary (- phase_930 1)))))
 (let (($x139783 (and (and (= read_index 15) (not false)) (= boundary (- phase_929 1)))))
 (let (($x161417 (and (and (= read_index 14) (not false)) (= boundary (- phase_928 1)))))
 (let (($x40601 (and (and (= read_index 13) (not false)) (= boundary (- phase_927 1)))))
 (let (($x248728 (and (and (= read_index 12) (not false)) (= boundary (- phase_926 1)))))
 (let (($x41554 (and (and (= read_index 11) (not false)) (= boundary (- phase_925 1)))))
 (let (($x142686 (and (and (= read_index 10) (not false)) (= boundary (- phase_924 1)))))
 (let (($x244401 (and (and (= read_index 9) (not false)) (= boundary (- phase_923 1)))))
 (let (($x294017 (and (and (= read_index 8) (not false)) (= boundary (- phase_922 1)))))
 (let (($x90992 (and (and (= read_index 7) (not false)) (= boundary (- phase_921 1)))))
 (let (($x25172 (and (and (= read_index 6) (not false)) (= boundary (- phase_920 1)))))
 (let (($x253170 (and (and (= read_index 5) (not false)) (= boundary (- phase_919 1)))))
 (let (($x216328 (and (and (= read_index 4) (not false)) (= boundary (- phase_918 1)))))
 (let (($x170747 (and (and (= read_index 3) (not false)) (= boundary (- phase_917 1)))))
 (let (($x137186 (and (and (= read_index 2) (not false)) (= boundary (- phase_916 1)))))
 (let (($x83286 (and (and (= read_index 1) (not false)) (= boundary (- phase_915 1)))))
 (let (($x29199 (and (and (= read_index 0) (not false)) (= boundary (- phase_914 1)))))
 (let (($x90159 (or (and $x29199 $x36340) (and $x83286 $x36340) (and $x137186 $x36340) (and $x170747 $x36340) (and $x216328 $x36340) (and $x253170 $x36340) (and $x25172 $x36340) (and $x90992 $x36340) (and $x294017 $x36340) (and $x244401 $x36340) (and $x142686 $x36340) (and $x41554 $x36340) (and $x248728 $x36340) (and $x40601 $x36340) (and $x161417 $x36340) (and $x139783 $x36340) (and $x168139 $x36340) (and $x128034 $x36340) (and $x56708 $x36340) (and $x168560 $x36340) (and $x223704 $x36340) (and $x107273 $x36340) (and $x127354 $x36340) (and $x149172 $x36340) (and $x59000 $x36340) (and $x173007 $x36340) (and $x163722 $x36340) (and $x139729 $x36340) (and $x15050 $x36340))))
 (and $x90159 (and (distinct ?x43855 read_value) true)))))))))))))))))))))))))))))))))))))))))
(check-sat)
