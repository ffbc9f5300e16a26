(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_59 () Int)
(declare-fun phase_87 () Int)
(declare-fun phase_253 () Int)
(declare-fun phase_265 () Int)
(declare-fun phase_285 () Int)
(declare-fun phase_460 () Int)
(declare-fun read_value () Real)
(declare-fun x_30 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_59 6))
(assert
 (= phase_87 6))
(assert
 (= phase_253 22))
(assert
 (= phase_265 16))
(assert
 (= phase_285 14))
(assert
 (= phase_460 36))
(assert
 (let ((?x90572 (* (- 1.0) x_30)))
 (let (($x39142 (>= boundary 37)))
 (let ((?x90853 (ite $x39142 ?x90572 0.0)))
 (let ((?x99175 (+ (ite (>= boundary 3) (* 1.0 x_30) 0.0) ?x90853)))
 (let (($x117317 (= read_value x_30)))
 (let (($x110287 (and (and (= read_index 5) (not false)) (= boundary (- phase_460 1)))))
 (let (($x31489 (and (and (= read_index 4) (not false)) (= boundary (- phase_285 1)))))
 (let (($x105654 (and (and (= read_index 3) (not false)) (= boundary (- phase_265 1)))))
 (let (($x36143 (and (and (= read_index 2) (not false)) (= boundary (- phase_253 1)))))
 (let (($x125994 (and (and (= read_index 1) (not false)) (= boundary (- phase_87 1)))))
 (let (($x110859 (and (and (= read_index 0) (not false)) (= boundary (- phase_59 1)))))
 (let (($x59190 (or (and $x110859 $x117317) (and $x125994 $x117317) (and $x36143 $x117317) (and $x105654 $x117317) (and $x31489 $x117317) (and $x110287 $x117317))))
 (and $x59190 (and (distinct ?x99175 read_value) true)))))))))))))))
(check-sat)
