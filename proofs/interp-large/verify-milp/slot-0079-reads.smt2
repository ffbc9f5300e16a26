(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_39 () Int)
(declare-fun phase_967 () Int)
(declare-fun phase_987 () Int)
(declare-fun phase_1003 () Int)
(declare-fun phase_1019 () Int)
(declare-fun phase_1035 () Int)
(declare-fun phase_1051 () Int)
(declare-fun phase_1067 () Int)
(declare-fun phase_1083 () Int)
(declare-fun phase_1090 () Int)
(declare-fun read_value () Real)
(declare-fun x_104 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_39 6))
(assert
 (= phase_967 42))
(assert
 (= phase_987 42))
(assert
 (= phase_1003 42))
(assert
 (= phase_1019 42))
(assert
 (= phase_1035 42))
(assert
 (= phase_1051 42))
(assert
 (= phase_1067 42))
(assert
 (= phase_1083 42))
(assert
 (= phase_1090 7))
(assert
 (let ((?x148254 (* (- 1.0) x_104)))
 (let (($x139643 (>= boundary 43)))
 (let ((?x152101 (ite $x139643 ?x148254 0.0)))
 (let ((?x153008 (+ (ite (>= boundary 7) (* 1.0 x_104) 0.0) ?x152101)))
 (let (($x113126 (= read_value x_104)))
 (let (($x188886 (= read_index 8)))
 (let (($x26036 (and (and $x188886 (not (= phase_39 (- phase_1090 1)))) (= boundary (- phase_1090 2)))))
 (let (($x38195 (and (and (= read_index 7) (not false)) (= boundary (- phase_1083 1)))))
 (let (($x157405 (and (and (= read_index 6) (not false)) (= boundary (- phase_1067 1)))))
 (let (($x157062 (and (and (= read_index 5) (not false)) (= boundary (- phase_1051 1)))))
 (let (($x78633 (and (and (= read_index 4) (not false)) (= boundary (- phase_1035 1)))))
 (let (($x131268 (and (and (= read_index 3) (not false)) (= boundary (- phase_1019 1)))))
 (let (($x70459 (and (and (= read_index 2) (not false)) (= boundary (- phase_1003 1)))))
 (let (($x222241 (and (and (= read_index 1) (not false)) (= boundary (- phase_987 1)))))
 (let (($x87291 (and (and (= read_index 0) (not false)) (= boundary (- phase_967 1)))))
 (let (($x114963 (or (and $x87291 $x113126) (and $x222241 $x113126) (and $x70459 $x113126) (and $x131268 $x113126) (and $x78633 $x113126) (and $x157062 $x113126) (and $x157405 $x113126) (and $x38195 $x113126) (and $x26036 $x113126))))
 (and $x114963 (and (distinct ?x153008 read_value) true)))))))))))))))))))
(check-sat)
