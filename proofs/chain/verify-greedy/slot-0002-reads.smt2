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
 (let ((?x6022 (* 1.0 x_2)))
 (let (($x52167 (>= boundary (- 1))))
 (let ((?x10637 (ite $x52167 ?x6022 0.0)))
 (let (($x16521 (= read_value x_2)))
 (let (($x9447 (and (and (= read_index 19) (not false)) (= boundary (- phase_199 1)))))
 (let (($x5083 (and (and (= read_index 18) (not false)) (= boundary (- phase_198 1)))))
 (let (($x12080 (and (and (= read_index 17) (not false)) (= boundary (- phase_197 1)))))
 (let (($x33147 (and (and (= read_index 16) (not false)) (= boundary (- phase_196 1)))))
 (let (($x1826 (and (and (= read_index 15) (not false)) (= boundary (- phase_183 1)))))
 (let (($x59011 (and (and (= read_index 14) (not false)) (= boundary (- phase_170 1)))))
 (let (($x2376 (and (and (= read_index 13) (not false)) (= boundary (- phase_157 1)))))
 (let (($x3205 (and (and (= read_index 12) (not false)) (= boundary (- phase_144 1)))))
 (let (($x35807 (and (and (= read_index 11) (not false)) (= boundary (- phase_131 1)))))
 (let (($x11415 (and (and (= read_index 10) (not false)) (= boundary (- phase_118 1)))))
 (let (($x10255 (and (and (= read_index 9) (not false)) (= boundary (- phase_105 1)))))
 (let (($x12904 (and (and (= read_index 8) (not false)) (= boundary (- phase_92 1)))))
 (let (($x9656 (and (and (= read_index 7) (not false)) (= boundary (- phase_79 1)))))
 (let (($x10487 (and (and (= read_index 6) (not false)) (= boundary (- phase_66 1)))))
 (let (($x17312 (and (and (= read_index 5) (not false)) (= boundary (- phase_53 1)))))
 (let (($x70460 (and (and (= read_index 4) (not false)) (= boundary (- phase_40 1)))))
 (let (($x9346 (and (and (= read_index 3) (not false)) (= boundary (- phase_27 1)))))
 (let (($x977 (and (and (= read_index 2) (not false)) (= boundary (- phase_14 1)))))
 (let (($x3587 (and (and (= read_index 1) (not false)) (= boundary (- phase_1 1)))))
 (let (($x10459 (and (and (= read_index 0) (not false)) (= boundary (- phase_0 1)))))
 (let (($x27229 (or (and $x10459 $x16521) (and $x3587 $x16521) (and $x977 $x16521) (and $x9346 $x16521) (and $x70460 $x16521) (and $x17312 $x16521) (and $x10487 $x16521) (and $x9656 $x16521) (and $x12904 $x16521) (and $x10255 $x16521) (and $x11415 $x16521) (and $x35807 $x16521) (and $x3205 $x16521) (and $x2376 $x16521) (and $x59011 $x16521) (and $x1826 $x16521) (and $x33147 $x16521) (and $x12080 $x16521) (and $x5083 $x16521) (and $x9447 $x16521))))
 (and $x27229 (and (distinct ?x10637 read_value) true))))))))))))))))))))))))))))
(check-sat)
