(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_183 () Int)
(declare-fun phase_184 () Int)
(declare-fun phase_185 () Int)
(declare-fun phase_186 () Int)
(declare-fun read_value () Real)
(declare-fun x_189 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_183 0))
(assert
 (= phase_184 58))
(assert
 (= phase_185 58))
(assert
 (= phase_186 59))
(assert
 (let ((?x28798 (* (- 1.0) x_189)))
 (let (($x17776 (>= boundary 59)))
 (let ((?x41677 (ite $x17776 ?x28798 0.0)))
 (let ((?x22168 (+ (ite (>= boundary 1) (* 1.0 x_189) 0.0) ?x41677)))
 (let (($x21376 (= read_value x_189)))
 (let (($x38449 (= read_index 2)))
 (let (($x17054 (and (and $x38449 (not (= phase_183 (- phase_186 1)))) (= boundary (- phase_186 2)))))
 (let (($x1645 (and (and (= read_index 1) (not false)) (= boundary (- phase_185 1)))))
 (let (($x26115 (and (and (= read_index 0) (not false)) (= boundary (- phase_184 1)))))
 (and (or (and $x26115 $x21376) (and $x1645 $x21376) (and $x17054 $x21376)) (and (distinct ?x22168 read_value) true))))))))))))
(check-sat)
