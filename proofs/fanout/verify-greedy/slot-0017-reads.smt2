(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_8 () Int)
(declare-fun phase_44 () Int)
(declare-fun phase_81 () Int)
(declare-fun phase_118 () Int)
(declare-fun phase_155 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_24 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_8 2))
(assert
 (= phase_44 6))
(assert
 (= phase_81 6))
(assert
 (= phase_118 6))
(assert
 (= phase_155 10))
(assert
 (= phase_282 3))
(assert
 (let ((?x32230 (* (- 1.0) x_24)))
 (let (($x18406 (>= boundary 11)))
 (let ((?x80938 (ite $x18406 ?x32230 0.0)))
 (let ((?x85891 (+ (ite (>= boundary 3) (* 1.0 x_24) 0.0) ?x80938)))
 (let (($x35203 (= read_value x_24)))
 (let (($x10216 (and (and (= read_index 4) (not (= phase_8 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x86070 (and (and (= read_index 3) (not false)) (= boundary (- phase_155 1)))))
 (let (($x5394 (and (and (= read_index 2) (not false)) (= boundary (- phase_118 1)))))
 (let (($x104990 (and (and (= read_index 1) (not false)) (= boundary (- phase_81 1)))))
 (let (($x33703 (and (and (= read_index 0) (not false)) (= boundary (- phase_44 1)))))
 (let (($x81061 (or (and $x33703 $x35203) (and $x104990 $x35203) (and $x5394 $x35203) (and $x86070 $x35203) (and $x10216 $x35203))))
 (and $x81061 (and (distinct ?x85891 read_value) true))))))))))))))
(check-sat)
