(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_210 () Int)
(declare-fun phase_255 () Int)
(declare-fun phase_257 () Int)
(declare-fun phase_284 () Int)
(declare-fun phase_378 () Int)
(declare-fun phase_399 () Int)
(declare-fun read_value () Real)
(declare-fun x_242 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_210 10))
(assert
 (= phase_255 20))
(assert
 (= phase_257 20))
(assert
 (= phase_284 14))
(assert
 (= phase_378 15))
(assert
 (= phase_399 26))
(assert
 (let ((?x100676 (* (- 1.0) x_242)))
 (let (($x86249 (>= boundary 27)))
 (let ((?x101129 (ite $x86249 ?x100676 0.0)))
 (let ((?x103526 (+ (ite (>= boundary 11) (* 1.0 x_242) 0.0) ?x101129)))
 (let (($x107013 (= read_value x_242)))
 (let (($x61506 (and (and (= read_index 4) (not false)) (= boundary (- phase_399 1)))))
 (let (($x62480 (= read_index 3)))
 (let (($x124286 (and (and $x62480 (not (= phase_210 (- phase_378 1)))) (= boundary (- phase_378 2)))))
 (let (($x55648 (and (and (= read_index 2) (not false)) (= boundary (- phase_284 1)))))
 (let (($x112372 (and (and (= read_index 1) (not false)) (= boundary (- phase_257 1)))))
 (let (($x105207 (and (and (= read_index 0) (not false)) (= boundary (- phase_255 1)))))
 (let (($x40750 (or (and $x105207 $x107013) (and $x112372 $x107013) (and $x55648 $x107013) (and $x124286 $x107013) (and $x61506 $x107013))))
 (and $x40750 (and (distinct ?x103526 read_value) true)))))))))))))))
(check-sat)
