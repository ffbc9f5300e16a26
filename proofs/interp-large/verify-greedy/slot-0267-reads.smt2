(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_788 () Int)
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
(declare-fun x_1154 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_788 12))
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
 (let ((?x43260 (* (- 1.0) x_1154)))
 (let (($x251262 (>= boundary 39)))
 (let ((?x57980 (ite $x251262 ?x43260 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x26985 (ite $x175310 (* 1.0 x_1154) 0.0)))
 (let ((?x61459 (+ ?x26985 ?x57980)))
 (let (($x47071 (= read_value x_1154)))
 (let (($x6046 (= read_index 28)))
 (let (($x117973 (and (and $x6046 (not (= phase_788 (- phase_942 1)))) (= boundary (- phase_942 2)))))
 (let (($x41454 (and (and (= read_index 27) (not false)) (= boundary (- phase_941 1)))))
 (let (($x157424 (and (and (= read_index 26) (not false)) (= boundary (- phase_940 1)))))
 (let (($x90928 (and (and (= read_index 25) (not false)) (= boundary (- phase_939 1)))))
 (let (($x40257 (and (and (= read_index 24) (not false)) (= boundary (- phase_938 1)))))
 (let (($x219690 (and (and (= read_index 23) (not false)) (= boundary (- phase_937 1)))))
 (let (($x112349 (and (and (= read_index 22) (not false)) (= boundary (- phase_936 1)))))
 (let (($x32544 (and (and (= read_index 21) (not false)) (= boundary (- phase_935 1)))))
 (let (($x40818 (and (and (= read_index 20) (not false)) (= boundary (- phase_934 1)))))
 (let (($x45688 (and (and (= read_index 19) (not false)) (= boundary (- phase_933 1)))))
 (let (($x12780 (and (and (= read_index 18) (not false)) (= boundary (- phase_932 1)))))
 (let (($x186927 (and (and (= read_index 17) (not false)) (= boundary (- phase_931 1)))))
 (let (($x143679 (and (and (= read_index 16) (not false)) (= boundary (- phase_930 1)))))
 (let (($x187698 (and (and (= read_index 15) (not false)) (= boundary (- phase_929 1)))))
 (let (($x219096 (and (and (= read_index 14) (not false)) (= boundary (- phase_928 1)))))
 (let (($x232277 (and (and (= read_index 13) (not false)) (= boundary (- phase_927 1)))))
 (let (($x32611 (and (and (= read_index 12) (not false)) (= boundary (- phase_926 1)))))
 (let (($x108324 (and (and (= read_index 11) (not false)) (= boundary (- phase_925 1)))))
 (let (($x14244 (and (and (= read_index 10) (not false)) (= boundary (- phase_924 1)))))
 (let (($x123573 (and (and (= read_index 9) (not false)) (= boundary (- phase_923 1)))))
 (let (($x39136 (and (and (= read_index 8) (not false)) (= boundary (- phase_922 1)))))
 (let (($x93025 (and (and (= read_index 7) (not false)) (= boundary (- phase_921 1)))))
 (let (($x133870 (and (and (= read_index 6) (not false)) (= boundary (- phase_920 1)))))
 (let (($x227778 (and (and (= read_index 5) (not false)) (= boundary (- phase_919 1)))))
 (let (($x199126 (and (and (= read_index 4) (not false)) (= boundary (- phase_918 1)))))
 (let (($x139784 (and (and (= read_index 3) (not false)) (= boundary (- phase_917 1)))))
 (let (($x102442 (and (and (= read_index 2) (not false)) (= boundary (- phase_916 1)))))
 (let (($x65006 (and (and (= read_index 1) (not false)) (= boundary (- phase_915 1)))))
 (let (($x37952 (and (and (= read_index 0) (not false)) (= boundary (- phase_914 1)))))
 (let (($x14493 (or (and $x37952 $x47071) (and $x65006 $x47071) (and $x102442 $x47071) (and $x139784 $x47071) (and $x199126 $x47071) (and $x227778 $x47071) (and $x133870 $x47071) (and $x93025 $x47071) (and $x39136 $x47071) (and $x123573 $x47071) (and $x14244 $x47071) (and $x108324 $x47071) (and $x32611 $x47071) (and $x232277 $x47071) (and $x219096 $x47071) (and $x187698 $x47071) (and $x143679 $x47071) (and $x186927 $x47071) (and $x12780 $x47071) (and $x45688 $x47071) (and $x40818 $x47071) (and $x32544 $x47071) (and $x112349 $x47071) (and $x219690 $x47071) (and $x40257 $x47071) (and $x90928 $x47071) (and $x157424 $x47071) (and $x41454 $x47071) (and $x117973 $x47071))))
 (and $x14493 (and (distinct ?x61459 read_value) true)))))))))))))))))))))))))))))))))))))))))
(check-sat)
