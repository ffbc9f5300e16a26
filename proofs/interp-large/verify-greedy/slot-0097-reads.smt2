(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_48 () Int)
(declare-fun phase_58 () Int)
(declare-fun phase_117 () Int)
(declare-fun phase_118 () Int)
(declare-fun phase_120 () Int)
(declare-fun phase_149 () Int)
(declare-fun phase_150 () Int)
(declare-fun phase_151 () Int)
(declare-fun phase_191 () Int)
(declare-fun phase_215 () Int)
(declare-fun phase_240 () Int)
(declare-fun phase_784 () Int)
(declare-fun phase_792 () Int)
(declare-fun phase_799 () Int)
(declare-fun phase_805 () Int)
(declare-fun phase_810 () Int)
(declare-fun phase_1015 () Int)
(declare-fun phase_1017 () Int)
(declare-fun phase_1019 () Int)
(declare-fun phase_1020 () Int)
(declare-fun phase_1095 () Int)
(declare-fun read_value () Real)
(declare-fun x_123 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_48 8))
(assert
 (= phase_58 10))
(assert
 (= phase_117 22))
(assert
 (= phase_118 22))
(assert
 (= phase_120 23))
(assert
 (= phase_149 10))
(assert
 (= phase_150 10))
(assert
 (= phase_151 10))
(assert
 (= phase_191 42))
(assert
 (= phase_215 46))
(assert
 (= phase_240 12))
(assert
 (= phase_784 12))
(assert
 (= phase_792 12))
(assert
 (= phase_799 12))
(assert
 (= phase_805 12))
(assert
 (= phase_810 12))
(assert
 (= phase_1015 46))
(assert
 (= phase_1017 50))
(assert
 (= phase_1019 18))
(assert
 (= phase_1020 18))
(assert
 (= phase_1095 10))
(assert
 (let ((?x40948 (* (- 1.0) x_123)))
 (let (($x251235 (>= boundary 51)))
 (let ((?x42261 (ite $x251235 ?x40948 0.0)))
 (let (($x106083 (>= boundary 9)))
 (let ((?x33474 (ite $x106083 (* 1.0 x_123) 0.0)))
 (let ((?x46353 (+ ?x33474 ?x42261)))
 (let (($x54138 (= read_value x_123)))
 (let (($x3292 (and (and (= read_index 19) (not false)) (= boundary (- phase_1095 1)))))
 (let (($x160386 (and (and (= read_index 18) (not false)) (= boundary (- phase_1020 1)))))
 (let (($x205237 (and (and (= read_index 17) (not false)) (= boundary (- phase_1019 1)))))
 (let (($x103332 (and (and (= read_index 16) (not false)) (= boundary (- phase_1017 1)))))
 (let (($x95377 (and (and (= read_index 15) (not false)) (= boundary (- phase_1015 1)))))
 (let (($x137014 (and (and (= read_index 14) (not false)) (= boundary (- phase_810 1)))))
 (let (($x135765 (and (and (= read_index 13) (not false)) (= boundary (- phase_805 1)))))
 (let (($x193355 (and (and (= read_index 12) (not false)) (= boundary (- phase_799 1)))))
 (let (($x166492 (and (and (= read_index 11) (not false)) (= boundary (- phase_792 1)))))
 (let (($x182630 (and (and (= read_index 10) (not false)) (= boundary (- phase_784 1)))))
 (let (($x33631 (and (and (= read_index 9) (not false)) (= boundary (- phase_240 1)))))
 (let (($x41120 (and (and (= read_index 8) (not false)) (= boundary (- phase_215 1)))))
 (let (($x259530 (and (and (= read_index 7) (not false)) (= boundary (- phase_191 1)))))
 (let (($x49050 (and (and (= read_index 6) (not false)) (= boundary (- phase_151 1)))))
 (let (($x60906 (and (and (= read_index 5) (not false)) (= boundary (- phase_150 1)))))
 (let (($x79160 (and (and (= read_index 4) (not false)) (= boundary (- phase_149 1)))))
 (let (($x144657 (= read_index 3)))
 (let (($x90844 (and (and $x144657 (not (= phase_48 (- phase_120 1)))) (= boundary (- phase_120 2)))))
 (let (($x180248 (and (and (= read_index 2) (not false)) (= boundary (- phase_118 1)))))
 (let (($x111706 (and (and (= read_index 1) (not false)) (= boundary (- phase_117 1)))))
 (let (($x38244 (and (and (= read_index 0) (not false)) (= boundary (- phase_58 1)))))
 (let (($x62316 (or (and $x38244 $x54138) (and $x111706 $x54138) (and $x180248 $x54138) (and $x90844 $x54138) (and $x79160 $x54138) (and $x60906 $x54138) (and $x49050 $x54138) (and $x259530 $x54138) (and $x41120 $x54138) (and $x33631 $x54138) (and $x182630 $x54138) (and $x166492 $x54138) (and $x193355 $x54138) (and $x135765 $x54138) (and $x137014 $x54138) (and $x95377 $x54138) (and $x103332 $x54138) (and $x205237 $x54138) (and $x160386 $x54138) (and $x3292 $x54138))))
 (and $x62316 (and (distinct ?x46353 read_value) true))))))))))))))))))))))))))))))))
(check-sat)
