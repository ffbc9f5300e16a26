(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_12 () Int)
(declare-fun phase_39 () Int)
(declare-fun phase_61 () Int)
(declare-fun phase_62 () Int)
(declare-fun phase_64 () Int)
(declare-fun phase_77 () Int)
(declare-fun phase_78 () Int)
(declare-fun phase_80 () Int)
(declare-fun phase_93 () Int)
(declare-fun phase_94 () Int)
(declare-fun phase_95 () Int)
(declare-fun phase_119 () Int)
(declare-fun phase_131 () Int)
(declare-fun phase_178 () Int)
(declare-fun phase_180 () Int)
(declare-fun phase_199 () Int)
(declare-fun read_value () Real)
(declare-fun x_80 () Real)
(declare-fun boundary () Int)
(declare-fun x_11 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_12 4))
(assert
 (= phase_39 8))
(assert
 (= phase_61 22))
(assert
 (= phase_62 22))
(assert
 (= phase_64 23))
(assert
 (= phase_77 18))
(assert
 (= phase_78 18))
(assert
 (= phase_80 19))
(assert
 (= phase_93 18))
(assert
 (= phase_94 18))
(assert
 (= phase_95 18))
(assert
 (= phase_119 30))
(assert
 (= phase_131 30))
(assert
 (= phase_178 34))
(assert
 (= phase_180 34))
(assert
 (= phase_199 34))
(assert
 (let ((?x15015 (* (- 1.0) x_80)))
 (let (($x21637 (>= boundary 35)))
 (let ((?x15417 (ite $x21637 ?x15015 0.0)))
 (let (($x16708 (>= boundary 9)))
 (let ((?x14940 (ite $x16708 (* 1.0 x_80) 0.0)))
 (let ((?x6316 (* (- 1.0) x_11)))
 (let (($x25164 (>= boundary 5)))
 (let ((?x11267 (ite $x25164 ?x6316 0.0)))
 (let (($x46572 (>= boundary (- 1))))
 (let ((?x2385 (ite $x46572 (* 1.0 x_11) 0.0)))
 (let ((?x15850 (+ ?x2385 ?x11267 ?x14940 ?x15417)))
 (let (($x17316 (= read_value x_80)))
 (let (($x10628 (and (and (= read_index 14) (not false)) (= boundary (- phase_199 1)))))
 (let (($x21069 (and (and (= read_index 13) (not false)) (= boundary (- phase_180 1)))))
 (let (($x59455 (and (and (= read_index 12) (not false)) (= boundary (- phase_178 1)))))
 (let (($x4841 (and (and (= read_index 11) (not false)) (= boundary (- phase_131 1)))))
 (let (($x10518 (and (and (= read_index 10) (not false)) (= boundary (- phase_119 1)))))
 (let (($x3199 (and (and (= read_index 9) (not false)) (= boundary (- phase_95 1)))))
 (let (($x4324 (and (and (= read_index 8) (not false)) (= boundary (- phase_94 1)))))
 (let (($x30753 (and (and (= read_index 7) (not false)) (= boundary (- phase_93 1)))))
 (let (($x11161 (and (and (= read_index 6) (not (= phase_39 (- phase_80 1)))) (= boundary (- phase_80 2)))))
 (let (($x30767 (and (and (= read_index 5) (not false)) (= boundary (- phase_78 1)))))
 (let (($x12600 (and (and (= read_index 4) (not false)) (= boundary (- phase_77 1)))))
 (let (($x2674 (and (and (= read_index 3) (not (= phase_39 (- phase_64 1)))) (= boundary (- phase_64 2)))))
 (let (($x60288 (and (and (= read_index 2) (not false)) (= boundary (- phase_62 1)))))
 (let (($x16084 (and (and (= read_index 1) (not false)) (= boundary (- phase_61 1)))))
 (let (($x12832 (= read_value x_11)))
 (let (($x8522 (and (and (= read_index 0) (not false)) (= boundary (- phase_12 1)))))
 (let (($x42263 (or (and $x8522 $x12832) (and $x16084 $x17316) (and $x60288 $x17316) (and $x2674 $x17316) (and $x12600 $x17316) (and $x30767 $x17316) (and $x11161 $x17316) (and $x30753 $x17316) (and $x4324 $x17316) (and $x3199 $x17316) (and $x10518 $x17316) (and $x4841 $x17316) (and $x59455 $x17316) (and $x21069 $x17316) (and $x10628 $x17316))))
 (and $x42263 (and (distinct ?x15850 read_value) true))))))))))))))))))))))))))))))))
(check-sat)
