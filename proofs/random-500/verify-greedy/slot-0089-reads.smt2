(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_132 () Int)
(declare-fun phase_480 () Int)
(declare-fun read_value () Real)
(declare-fun x_116 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_132 10))
(assert
 (= phase_480 36))
(assert
 (let ((?x104436 (* (- 1.0) x_116)))
 (let (($x39142 (>= boundary 37)))
 (let ((?x130403 (ite $x39142 ?x104436 0.0)))
 (let ((?x122462 (+ (ite (>= boundary 3) (* 1.0 x_116) 0.0) ?x130403)))
 (let (($x46316 (= read_value x_116)))
 (let (($x56441 (and (and (= read_index 1) (not false)) (= boundary (- phase_480 1)))))
 (let (($x102880 (and (and (= read_index 0) (not false)) (= boundary (- phase_132 1)))))
 (and (or (and $x102880 $x46316) (and $x56441 $x46316)) (and (distinct ?x122462 read_value) true))))))))))
(check-sat)
