(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_40 () Int)
(declare-fun phase_41 () Int)
(declare-fun phase_69 () Int)
(declare-fun phase_70 () Int)
(declare-fun phase_72 () Int)
(declare-fun phase_85 () Int)
(declare-fun phase_86 () Int)
(declare-fun phase_87 () Int)
(declare-fun phase_114 () Int)
(declare-fun phase_126 () Int)
(declare-fun phase_157 () Int)
(declare-fun phase_159 () Int)
(declare-fun phase_193 () Int)
(declare-fun read_value () Real)
(declare-fun x_82 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_40 8))
(assert
 (= phase_41 10))
(assert
 (= phase_69 10))
(assert
 (= phase_70 10))
(assert
 (= phase_72 11))
(assert
 (= phase_85 10))
(assert
 (= phase_86 10))
(assert
 (= phase_87 10))
(assert
 (= phase_114 26))
(assert
 (= phase_126 30))
(assert
 (= phase_157 30))
(assert
 (= phase_159 34))
(assert
 (= phase_193 10))
(assert
 (let ((?x11406 (* (- 1.0) x_82)))
 (let (($x16479 (>= boundary 35)))
 (let ((?x12943 (ite $x16479 ?x11406 0.0)))
 (let (($x3716 (>= boundary 9)))
 (let ((?x11143 (ite $x3716 (* 1.0 x_82) 0.0)))
 (let ((?x16201 (+ ?x11143 ?x12943)))
 (let (($x13246 (= read_value x_82)))
 (let (($x33625 (and (and (= read_index 11) (not false)) (= boundary (- phase_193 1)))))
 (let (($x2814 (and (and (= read_index 10) (not false)) (= boundary (- phase_159 1)))))
 (let (($x9264 (and (and (= read_index 9) (not false)) (= boundary (- phase_157 1)))))
 (let (($x2620 (and (and (= read_index 8) (not false)) (= boundary (- phase_126 1)))))
 (let (($x12639 (and (and (= read_index 7) (not false)) (= boundary (- phase_114 1)))))
 (let (($x13877 (and (and (= read_index 6) (not false)) (= boundary (- phase_87 1)))))
 (let (($x4610 (and (and (= read_index 5) (not false)) (= boundary (- phase_86 1)))))
 (let (($x33534 (and (and (= read_index 4) (not false)) (= boundary (- phase_85 1)))))
 (let (($x11433 (and (and (= read_index 3) (not (= phase_40 (- phase_72 1)))) (= boundary (- phase_72 2)))))
 (let (($x16240 (and (and (= read_index 2) (not false)) (= boundary (- phase_70 1)))))
 (let (($x25320 (and (and (= read_index 1) (not false)) (= boundary (- phase_69 1)))))
 (let (($x13197 (and (and (= read_index 0) (not false)) (= boundary (- phase_41 1)))))
 (let (($x32780 (or (and $x13197 $x13246) (and $x25320 $x13246) (and $x16240 $x13246) (and $x11433 $x13246) (and $x33534 $x13246) (and $x4610 $x13246) (and $x13877 $x13246) (and $x12639 $x13246) (and $x2620 $x13246) (and $x9264 $x13246) (and $x2814 $x13246) (and $x33625 $x13246))))
 (and $x32780 (and (distinct ?x16201 read_value) true)))))))))))))))))))))))
(check-sat)
