(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_791 () Int)
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
(declare-fun x_1159 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_791 12))
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
 (let ((?x111167 (* (- 1.0) x_1159)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x113685 (ite $x24162 ?x111167 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x88954 (ite $x175310 (* 1.0 x_1159) 0.0)))
 (let ((?x116145 (+ ?x88954 ?x113685)))
 (let (($x124033 (= read_value x_1159)))
 (let (($x197388 (= read_index 12)))
 (let (($x72197 (and (and $x197388 (not (= phase_791 (- phase_847 1)))) (= boundary (- phase_847 2)))))
 (let (($x17290 (and (and (= read_index 11) (not false)) (= boundary (- phase_845 1)))))
 (let (($x126311 (and (and (= read_index 10) (not false)) (= boundary (- phase_844 1)))))
 (let (($x92108 (and (and (= read_index 9) (not false)) (= boundary (- phase_843 1)))))
 (let (($x146997 (and (and (= read_index 8) (not false)) (= boundary (- phase_842 1)))))
 (let (($x55391 (and (and (= read_index 7) (not false)) (= boundary (- phase_841 1)))))
 (let (($x145366 (and (and (= read_index 6) (not false)) (= boundary (- phase_840 1)))))
 (let (($x167926 (and (and (= read_index 5) (not false)) (= boundary (- phase_839 1)))))
 (let (($x110177 (and (and (= read_index 4) (not false)) (= boundary (- phase_838 1)))))
 (let (($x167229 (and (and (= read_index 3) (not false)) (= boundary (- phase_837 1)))))
 (let (($x115706 (and (and (= read_index 2) (not false)) (= boundary (- phase_836 1)))))
 (let (($x168105 (and (and (= read_index 1) (not false)) (= boundary (- phase_835 1)))))
 (let (($x114148 (and (and (= read_index 0) (not false)) (= boundary (- phase_834 1)))))
 (let (($x3889 (or (and $x114148 $x124033) (and $x168105 $x124033) (and $x115706 $x124033) (and $x167229 $x124033) (and $x110177 $x124033) (and $x167926 $x124033) (and $x145366 $x124033) (and $x55391 $x124033) (and $x146997 $x124033) (and $x92108 $x124033) (and $x126311 $x124033) (and $x17290 $x124033) (and $x72197 $x124033))))
 (and $x3889 (and (distinct ?x116145 read_value) true)))))))))))))))))))))))))
(check-sat)
