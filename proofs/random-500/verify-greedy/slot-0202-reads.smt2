(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_204 () Int)
(declare-fun phase_208 () Int)
(declare-fun phase_221 () Int)
(declare-fun phase_355 () Int)
(declare-fun read_value () Real)
(declare-fun x_231 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_204 18))
(assert
 (= phase_208 18))
(assert
 (= phase_221 18))
(assert
 (= phase_355 28))
(assert
 (let ((?x111537 (* (- 1.0) x_231)))
 (let (($x39154 (>= boundary 29)))
 (let ((?x126316 (ite $x39154 ?x111537 0.0)))
 (let ((?x128272 (+ (ite (>= boundary 15) (* 1.0 x_231) 0.0) ?x126316)))
 (let (($x125076 (= read_value x_231)))
 (let (($x86246 (and (and (= read_index 3) (not false)) (= boundary (- phase_355 1)))))
 (let (($x28349 (and (and (= read_index 2) (not false)) (= boundary (- phase_221 1)))))
 (let (($x79053 (and (and (= read_index 1) (not false)) (= boundary (- phase_208 1)))))
 (let (($x115035 (and (and (= read_index 0) (not false)) (= boundary (- phase_204 1)))))
 (let (($x35191 (or (and $x115035 $x125076) (and $x79053 $x125076) (and $x28349 $x125076) (and $x86246 $x125076))))
 (and $x35191 (and (distinct ?x128272 read_value) true)))))))))))))
(check-sat)
