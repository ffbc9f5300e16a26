(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_215 () Int)
(declare-fun phase_226 () Int)
(declare-fun phase_228 () Int)
(declare-fun phase_444 () Int)
(declare-fun read_value () Real)
(declare-fun x_212 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_215 14))
(assert
 (= phase_226 14))
(assert
 (= phase_228 14))
(assert
 (= phase_444 28))
(assert
 (let ((?x123135 (* (- 1.0) x_212)))
 (let (($x39154 (>= boundary 29)))
 (let ((?x126782 (ite $x39154 ?x123135 0.0)))
 (let ((?x131966 (+ (ite (>= boundary 11) (* 1.0 x_212) 0.0) ?x126782)))
 (let (($x112605 (= read_value x_212)))
 (let (($x127160 (and (and (= read_index 3) (not false)) (= boundary (- phase_444 1)))))
 (let (($x121252 (and (and (= read_index 2) (not false)) (= boundary (- phase_228 1)))))
 (let (($x101155 (and (and (= read_index 1) (not false)) (= boundary (- phase_226 1)))))
 (let (($x100806 (and (and (= read_index 0) (not false)) (= boundary (- phase_215 1)))))
 (let (($x90918 (or (and $x100806 $x112605) (and $x101155 $x112605) (and $x121252 $x112605) (and $x127160 $x112605))))
 (and $x90918 (and (distinct ?x131966 read_value) true)))))))))))))
(check-sat)
