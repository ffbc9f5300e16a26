(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_0 () Int)
(declare-fun phase_1 () Int)
(declare-fun phase_14 () Int)
(declare-fun phase_27 () Int)
(declare-fun phase_40 () Int)
(declare-fun phase_53 () Int)
(declare-fun phase_66 () Int)
(declare-fun phase_79 () Int)
(declare-fun phase_92 () Int)
(declare-fun phase_105 () Int)
(declare-fun phase_118 () Int)
(declare-fun phase_131 () Int)
(declare-fun phase_144 () Int)
(declare-fun phase_157 () Int)
(declare-fun phase_170 () Int)
(declare-fun phase_183 () Int)
(declare-fun phase_196 () Int)
(declare-fun phase_197 () Int)
(declare-fun phase_198 () Int)
(declare-fun phase_199 () Int)
(declare-fun read_value () Real)
(declare-fun x_2 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_0 0))
(assert
 (= phase_1 0))
(assert
 (= phase_14 4))
(assert
 (= phase_27 8))
(assert
 (= phase_40 12))
(assert
 (= phase_53 16))
(assert
 (= phase_66 20))
(assert
 (= phase_79 24))
(assert
 (= phase_92 28))
(assert
 (= phase_105 32))
(assert
 (= phase_118 36))
(assert
 (= phase_131 40))
(assert
 (= phase_144 44))
(assert
 (= phase_157 48))
(assert
 (= phase_170 52))
(assert
 (= phase_183 56))
(assert
 (= phase_196 72))
(assert
 (= phase_197 72))
(assert
 (= phase_198 68))
(assert
 (= phase_199 72))
(assert
 (let ((?x10052 (* 1.0 x_2)))
 (let (($x58274 (>= boundary (- 1))))
 (let ((?x17458 (ite $x58274 ?x10052 0.0)))
 (let (($x7903 (= read_value x_2)))
 (let (($x9550 (and (and (= read_index 19) (not false)) (= boundary (- phase_199 1)))))
 (let (($x2002 (and (and (= read_index 18) (not false)) (= boundary (- phase_198 1)))))
 (let (($x952 (and (and (= read_index 17) (not false)) (= boundary (- phase_197 1)))))
 (let (($x26144 (and (and (= read_index 16) (not false)) (= boundary (- phase_196 1)))))
 (let (($x20108 (and (and (= read_index 15) (not false)) (= boundary (- phase_183 1)))))
 (let (($x3538 (and (and (= read_index 14) (not false)) (= boundary (- phase_170 1)))))
 (let (($x20201 (and (and (= read_index 13) (not false)) (= boundary (- phase_157 1)))))
 (let (($x44352 (and (and (= read_index 12) (not false)) (= boundary (- phase_144 1)))))
 (let (($x20317 (and (and (= read_index 11) (not false)) (= boundary (- phase_131 1)))))
 (let (($x42227 (and (and (= read_index 10) (not false)) (= boundary (- phase_118 1)))))
 (let (($x12085 (and (and (= read_index 9) (not false)) (= boundary (- phase_105 1)))))
 (let (($x6804 (and (and (= read_index 8) (not false)) (= boundary (- phase_92 1)))))
 (let (($x5572 (and (and (= read_index 7) (not false)) (= boundary (- phase_79 1)))))
 (let (($x35589 (and (and (= read_index 6) (not false)) (= boundary (- phase_66 1)))))
 (let (($x2600 (and (and (= read_index 5) (not false)) (= boundary (- phase_53 1)))))
 (let (($x22852 (and (and (= read_index 4) (not false)) (= boundary (- phase_40 1)))))
 (let (($x4171 (and (and (= read_index 3) (not false)) (= boundary (- phase_27 1)))))
 (let (($x17003 (and (and (= read_index 2) (not false)) (= boundary (- phase_14 1)))))
 (let (($x5627 (and (and (= read_index 1) (not false)) (= boundary (- phase_1 1)))))
 (let (($x4843 (and (and (= read_index 0) (not false)) (= boundary (- phase_0 1)))))
 (let (($x21729 (or (and $x4843 $x7903) (and $x5627 $x7903) (and $x17003 $x7903) (and $x4171 $x7903) (and $x22852 $x7903) (and $x2600 $x7903) (and $x35589 $x7903) (and $x5572 $x7903) (and $x6804 $x7903) (and $x12085 $x7903) (and $x42227 $x7903) (and $x20317 $x7903) (and $x44352 $x7903) (and $x20201 $x7903) (and $x3538 $x7903) (and $x20108 $x7903) (and $x26144 $x7903) (and $x952 $x7903) (and $x2002 $x7903) (and $x9550 $x7903))))
 (and $x21729 (and (distinct ?x17458 read_value) true))))))))))))))))))))))))))))
(check-sat)
