(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_294 () Int)
(declare-fun phase_421 () Int)
(declare-fun read_value () Real)
(declare-fun x_272 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_294 23))
(assert
 (= phase_421 35))
(assert
 (let ((?x111216 (* (- 1.0) x_272)))
 (let (($x107459 (>= boundary 35)))
 (let ((?x107810 (ite $x107459 ?x111216 0.0)))
 (let ((?x102383 (+ (ite (>= boundary 15) (* 1.0 x_272) 0.0) ?x107810)))
 (let (($x108290 (= read_value x_272)))
 (let (($x115001 (and (and (= read_index 1) (not false)) (= boundary (- phase_421 2)))))
 (let (($x124053 (and (and (= read_index 0) (not false)) (= boundary (- phase_294 2)))))
 (and (or (and $x124053 $x108290) (and $x115001 $x108290)) (and (distinct ?x102383 read_value) true))))))))))
(check-sat)
