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
 (= phase_284 22))
(assert
 (= phase_378 21))
(assert
 (= phase_399 34))
(assert
 (let ((?x105652 (* (- 1.0) x_242)))
 (let (($x107459 (>= boundary 35)))
 (let ((?x118068 (ite $x107459 ?x105652 0.0)))
 (let ((?x122535 (+ (ite (>= boundary 11) (* 1.0 x_242) 0.0) ?x118068)))
 (let (($x108249 (= read_value x_242)))
 (let (($x54172 (and (and (= read_index 4) (not false)) (= boundary (- phase_399 1)))))
 (let (($x126949 (= read_index 3)))
 (let (($x30382 (and (and $x126949 (not (= phase_210 (- phase_378 1)))) (= boundary (- phase_378 2)))))
 (let (($x35983 (and (and (= read_index 2) (not false)) (= boundary (- phase_284 1)))))
 (let (($x35522 (and (and (= read_index 1) (not false)) (= boundary (- phase_257 1)))))
 (let (($x106161 (and (and (= read_index 0) (not false)) (= boundary (- phase_255 1)))))
 (let (($x47562 (or (and $x106161 $x108249) (and $x35522 $x108249) (and $x35983 $x108249) (and $x30382 $x108249) (and $x54172 $x108249))))
 (and $x47562 (and (distinct ?x122535 read_value) true)))))))))))))))
(check-sat)
