(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_12 () Int)
(declare-fun phase_39 () Int)
(declare-fun phase_57 () Int)
(declare-fun phase_58 () Int)
(declare-fun phase_60 () Int)
(declare-fun phase_73 () Int)
(declare-fun phase_74 () Int)
(declare-fun phase_76 () Int)
(declare-fun phase_89 () Int)
(declare-fun phase_90 () Int)
(declare-fun phase_91 () Int)
(declare-fun phase_116 () Int)
(declare-fun phase_128 () Int)
(declare-fun phase_146 () Int)
(declare-fun phase_169 () Int)
(declare-fun phase_171 () Int)
(declare-fun phase_198 () Int)
(declare-fun read_value () Real)
(declare-fun x_79 () Real)
(declare-fun boundary () Int)
(declare-fun x_10 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_12 4))
(assert
 (= phase_39 8))
(assert
 (= phase_57 18))
(assert
 (= phase_58 18))
(assert
 (= phase_60 19))
(assert
 (= phase_73 14))
(assert
 (= phase_74 14))
(assert
 (= phase_76 19))
(assert
 (= phase_89 18))
(assert
 (= phase_90 18))
(assert
 (= phase_91 18))
(assert
 (= phase_116 30))
(assert
 (= phase_128 30))
(assert
 (= phase_146 34))
(assert
 (= phase_169 34))
(assert
 (= phase_171 34))
(assert
 (= phase_198 34))
(assert
 (let ((?x15072 (* (- 1.0) x_79)))
 (let (($x21637 (>= boundary 35)))
 (let ((?x15122 (ite $x21637 ?x15072 0.0)))
 (let (($x16708 (>= boundary 9)))
 (let ((?x13260 (ite $x16708 (* 1.0 x_79) 0.0)))
 (let ((?x5870 (* (- 1.0) x_10)))
 (let (($x25164 (>= boundary 5)))
 (let ((?x6590 (ite $x25164 ?x5870 0.0)))
 (let (($x46572 (>= boundary (- 1))))
 (let ((?x5133 (ite $x46572 (* 1.0 x_10) 0.0)))
 (let ((?x15404 (+ ?x5133 ?x6590 ?x13260 ?x15122)))
 (let (($x16668 (= read_value x_79)))
 (let (($x1162 (and (and (= read_index 15) (not false)) (= boundary (- phase_198 1)))))
 (let (($x10970 (and (and (= read_index 14) (not false)) (= boundary (- phase_171 1)))))
 (let (($x14938 (and (and (= read_index 13) (not false)) (= boundary (- phase_169 1)))))
 (let (($x15495 (and (and (= read_index 12) (not false)) (= boundary (- phase_146 1)))))
 (let (($x16106 (and (and (= read_index 11) (not false)) (= boundary (- phase_128 1)))))
 (let (($x21712 (and (and (= read_index 10) (not false)) (= boundary (- phase_116 1)))))
 (let (($x17102 (and (and (= read_index 9) (not false)) (= boundary (- phase_91 1)))))
 (let (($x12518 (and (and (= read_index 8) (not false)) (= boundary (- phase_90 1)))))
 (let (($x8868 (and (and (= read_index 7) (not false)) (= boundary (- phase_89 1)))))
 (let (($x28676 (and (and (= read_index 6) (not (= phase_39 (- phase_76 1)))) (= boundary (- phase_76 2)))))
 (let (($x13118 (and (and (= read_index 5) (not false)) (= boundary (- phase_74 1)))))
 (let (($x26413 (and (and (= read_index 4) (not false)) (= boundary (- phase_73 1)))))
 (let (($x12159 (and (and (= read_index 3) (not (= phase_39 (- phase_60 1)))) (= boundary (- phase_60 2)))))
 (let (($x37747 (and (and (= read_index 2) (not false)) (= boundary (- phase_58 1)))))
 (let (($x16632 (and (and (= read_index 1) (not false)) (= boundary (- phase_57 1)))))
 (let (($x11434 (= read_value x_10)))
 (let (($x10248 (and (and (= read_index 0) (not false)) (= boundary (- phase_12 1)))))
 (let (($x30072 (or (and $x10248 $x11434) (and $x16632 $x16668) (and $x37747 $x16668) (and $x12159 $x16668) (and $x26413 $x16668) (and $x13118 $x16668) (and $x28676 $x16668) (and $x8868 $x16668) (and $x12518 $x16668) (and $x17102 $x16668) (and $x21712 $x16668) (and $x16106 $x16668) (and $x15495 $x16668) (and $x14938 $x16668) (and $x10970 $x16668) (and $x1162 $x16668))))
 (and $x30072 (and (distinct ?x15404 read_value) true)))))))))))))))))))))))))))))))))
(check-sat)
