(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_784 () Int)
(declare-fun phase_834 () Int)
(declare-fun phase_835 () Int)
(declare-fun phase_836 () Int)
(declare-fun phase_837 () Int)
(declare-fun phase_838 () Int)
(declare-fun phase_839 () Int)
(declare-fun phase_840 () Int)
(declare-fun phase_841 () Int)
(declare-fun phase_842 () Int)
(declare-fun phase_843 () Int)
(declare-fun phase_844 () Int)
(declare-fun phase_845 () Int)
(declare-fun phase_847 () Int)
(declare-fun read_value () Real)
(declare-fun x_1146 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_784 12))
(assert
 (= phase_834 22))
(assert
 (= phase_835 22))
(assert
 (= phase_836 22))
(assert
 (= phase_837 22))
(assert
 (= phase_838 22))
(assert
 (= phase_839 22))
(assert
 (= phase_840 22))
(assert
 (= phase_841 22))
(assert
 (= phase_842 22))
(assert
 (= phase_843 22))
(assert
 (= phase_844 22))
(assert
 (= phase_845 22))
(assert
 (= phase_847 23))
(assert
 (let ((?x127198 (* (- 1.0) x_1146)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x132927 (ite $x24162 ?x127198 0.0)))
 (let ((?x132998 (+ (ite (>= boundary 13) (* 1.0 x_1146) 0.0) ?x132927)))
 (let (($x145417 (= read_value x_1146)))
 (let (($x197388 (= read_index 12)))
 (let (($x9285 (and (and $x197388 (not (= phase_784 (- phase_847 1)))) (= boundary (- phase_847 2)))))
 (let (($x136565 (and (and (= read_index 11) (not false)) (= boundary (- phase_845 1)))))
 (let (($x61222 (and (and (= read_index 10) (not false)) (= boundary (- phase_844 1)))))
 (let (($x85591 (and (and (= read_index 9) (not false)) (= boundary (- phase_843 1)))))
 (let (($x253117 (and (and (= read_index 8) (not false)) (= boundary (- phase_842 1)))))
 (let (($x294634 (and (and (= read_index 7) (not false)) (= boundary (- phase_841 1)))))
 (let (($x224799 (and (and (= read_index 6) (not false)) (= boundary (- phase_840 1)))))
 (let (($x71940 (and (and (= read_index 5) (not false)) (= boundary (- phase_839 1)))))
 (let (($x158502 (and (and (= read_index 4) (not false)) (= boundary (- phase_838 1)))))
 (let (($x156983 (and (and (= read_index 3) (not false)) (= boundary (- phase_837 1)))))
 (let (($x187986 (and (and (= read_index 2) (not false)) (= boundary (- phase_836 1)))))
 (let (($x194444 (and (and (= read_index 1) (not false)) (= boundary (- phase_835 1)))))
 (let (($x111386 (and (and (= read_index 0) (not false)) (= boundary (- phase_834 1)))))
 (let (($x280366 (or (and $x111386 $x145417) (and $x194444 $x145417) (and $x187986 $x145417) (and $x156983 $x145417) (and $x158502 $x145417) (and $x71940 $x145417) (and $x224799 $x145417) (and $x294634 $x145417) (and $x253117 $x145417) (and $x85591 $x145417) (and $x61222 $x145417) (and $x136565 $x145417) (and $x9285 $x145417))))
 (and $x280366 (and (distinct ?x132998 read_value) true)))))))))))))))))))))))
(check-sat)
