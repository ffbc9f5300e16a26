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
(declare-fun x_1 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_0 0))
(assert
 (= phase_1 0))
(assert
 (= phase_14 0))
(assert
 (= phase_27 0))
(assert
 (= phase_40 0))
(assert
 (= phase_53 0))
(assert
 (= phase_66 0))
(assert
 (= phase_79 0))
(assert
 (= phase_92 0))
(assert
 (= phase_105 0))
(assert
 (= phase_118 0))
(assert
 (= phase_131 0))
(assert
 (= phase_144 0))
(assert
 (= phase_157 0))
(assert
 (= phase_170 0))
(assert
 (= phase_183 0))
(assert
 (= phase_196 0))
(assert
 (= phase_197 0))
(assert
 (= phase_198 0))
(assert
 (= phase_199 0))
(assert
 (let ((?x10341 (* 1.0 x_1)))
 (let (($x52167 (>= boundary (- 1))))
 (let ((?x6077 (ite $x52167 ?x10341 0.0)))
 (let (($x28032 (= read_value x_1)))
 (let (($x3584 (and (and (= read_index 19) (not false)) (= boundary (- phase_199 1)))))
 (let (($x10350 (and (and (= read_index 18) (not false)) (= boundary (- phase_198 1)))))
 (let (($x10424 (and (and (= read_index 17) (not false)) (= boundary (- phase_197 1)))))
 (let (($x5428 (and (and (= read_index 16) (not false)) (= boundary (- phase_196 1)))))
 (let (($x1972 (and (and (= read_index 15) (not false)) (= boundary (- phase_183 1)))))
 (let (($x11221 (and (and (= read_index 14) (not false)) (= boundary (- phase_170 1)))))
 (let (($x10914 (and (and (= read_index 13) (not false)) (= boundary (- phase_157 1)))))
 (let (($x10418 (and (and (= read_index 12) (not false)) (= boundary (- phase_144 1)))))
 (let (($x1329 (and (and (= read_index 11) (not false)) (= boundary (- phase_131 1)))))
 (let (($x4511 (and (and (= read_index 10) (not false)) (= boundary (- phase_118 1)))))
 (let (($x22975 (and (and (= read_index 9) (not false)) (= boundary (- phase_105 1)))))
 (let (($x2472 (and (and (= read_index 8) (not false)) (= boundary (- phase_92 1)))))
 (let (($x10699 (and (and (= read_index 7) (not false)) (= boundary (- phase_79 1)))))
 (let (($x12485 (and (and (= read_index 6) (not false)) (= boundary (- phase_66 1)))))
 (let (($x61333 (and (and (= read_index 5) (not false)) (= boundary (- phase_53 1)))))
 (let (($x17312 (and (and (= read_index 4) (not false)) (= boundary (- phase_40 1)))))
 (let (($x10252 (and (and (= read_index 3) (not false)) (= boundary (- phase_27 1)))))
 (let (($x10753 (and (and (= read_index 2) (not false)) (= boundary (- phase_14 1)))))
 (let (($x3373 (and (and (= read_index 1) (not false)) (= boundary (- phase_1 1)))))
 (let (($x12130 (and (and (= read_index 0) (not false)) (= boundary (- phase_0 1)))))
 (let (($x2990 (or (and $x12130 $x28032) (and $x3373 $x28032) (and $x10753 $x28032) (and $x10252 $x28032) (and $x17312 $x28032) (and $x61333 $x28032) (and $x12485 $x28032) (and $x10699 $x28032) (and $x2472 $x28032) (and $x22975 $x28032) (and $x4511 $x28032) (and $x1329 $x28032) (and $x10418 $x28032) (and $x10914 $x28032) (and $x11221 $x28032) (and $x1972 $x28032) (and $x5428 $x28032) (and $x10424 $x28032) (and $x10350 $x28032) (and $x3584 $x28032))))
 (and $x2990 (and (distinct ?x6077 read_value) true))))))))))))))))))))))))))))
(check-sat)
