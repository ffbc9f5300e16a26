(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_48 () Int)
(declare-fun phase_67 () Int)
(declare-fun phase_129 () Int)
(declare-fun phase_130 () Int)
(declare-fun phase_132 () Int)
(declare-fun phase_161 () Int)
(declare-fun phase_162 () Int)
(declare-fun phase_163 () Int)
(declare-fun phase_200 () Int)
(declare-fun phase_224 () Int)
(declare-fun phase_243 () Int)
(declare-fun phase_787 () Int)
(declare-fun phase_795 () Int)
(declare-fun phase_1063 () Int)
(declare-fun phase_1065 () Int)
(declare-fun phase_1067 () Int)
(declare-fun phase_1068 () Int)
(declare-fun phase_1098 () Int)
(declare-fun read_value () Real)
(declare-fun x_126 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_48 8))
(assert
 (= phase_67 34))
(assert
 (= phase_129 34))
(assert
 (= phase_130 34))
(assert
 (= phase_132 35))
(assert
 (= phase_161 14))
(assert
 (= phase_162 14))
(assert
 (= phase_163 14))
(assert
 (= phase_200 42))
(assert
 (= phase_224 46))
(assert
 (= phase_243 16))
(assert
 (= phase_787 24))
(assert
 (= phase_795 36))
(assert
 (= phase_1063 50))
(assert
 (= phase_1065 50))
(assert
 (= phase_1067 42))
(assert
 (= phase_1068 42))
(assert
 (= phase_1098 42))
(assert
 (let ((?x29189 (* (- 1.0) x_126)))
 (let (($x306816 (>= boundary 51)))
 (let ((?x39757 (ite $x306816 ?x29189 0.0)))
 (let ((?x51077 (+ (ite (>= boundary 9) (* 1.0 x_126) 0.0) ?x39757)))
 (let (($x38386 (= read_value x_126)))
 (let (($x128755 (and (and (= read_index 16) (not false)) (= boundary (- phase_1098 1)))))
 (let (($x113258 (and (and (= read_index 15) (not false)) (= boundary (- phase_1068 1)))))
 (let (($x77292 (and (and (= read_index 14) (not false)) (= boundary (- phase_1067 1)))))
 (let (($x194196 (and (and (= read_index 13) (not false)) (= boundary (- phase_1065 1)))))
 (let (($x32171 (and (and (= read_index 12) (not false)) (= boundary (- phase_1063 1)))))
 (let (($x89266 (and (and (= read_index 11) (not false)) (= boundary (- phase_795 1)))))
 (let (($x194250 (and (and (= read_index 10) (not false)) (= boundary (- phase_787 1)))))
 (let (($x121396 (and (and (= read_index 9) (not false)) (= boundary (- phase_243 1)))))
 (let (($x43082 (and (and (= read_index 8) (not false)) (= boundary (- phase_224 1)))))
 (let (($x131680 (and (and (= read_index 7) (not false)) (= boundary (- phase_200 1)))))
 (let (($x223015 (and (and (= read_index 6) (not false)) (= boundary (- phase_163 1)))))
 (let (($x101033 (and (and (= read_index 5) (not false)) (= boundary (- phase_162 1)))))
 (let (($x125202 (and (and (= read_index 4) (not false)) (= boundary (- phase_161 1)))))
 (let (($x165520 (= read_index 3)))
 (let (($x33835 (and (and $x165520 (not (= phase_48 (- phase_132 1)))) (= boundary (- phase_132 2)))))
 (let (($x175326 (and (and (= read_index 2) (not false)) (= boundary (- phase_130 1)))))
 (let (($x94686 (and (and (= read_index 1) (not false)) (= boundary (- phase_129 1)))))
 (let (($x38087 (and (and (= read_index 0) (not false)) (= boundary (- phase_67 1)))))
 (let (($x190108 (or (and $x38087 $x38386) (and $x94686 $x38386) (and $x175326 $x38386) (and $x33835 $x38386) (and $x125202 $x38386) (and $x101033 $x38386) (and $x223015 $x38386) (and $x131680 $x38386) (and $x43082 $x38386) (and $x121396 $x38386) (and $x194250 $x38386) (and $x89266 $x38386) (and $x32171 $x38386) (and $x194196 $x38386) (and $x77292 $x38386) (and $x113258 $x38386) (and $x128755 $x38386))))
 (and $x190108 (and (distinct ?x51077 read_value) true)))))))))))))))))))))))))))
(check-sat)
