(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_0 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_0 0))
(assert
 (let (($x19215 (= value_index 1)))
 (let (($x19255 (and (and $x19215 (and (distinct (ite (> boundary 3) 1.0 0.0) 0.0) true)) true)))
 (let ((?x9390 (+ (ite (> boundary (- 1)) 1.0 0.0) (ite (> boundary 1) (- 1.0) 0.0))))
 (let (($x1772 (= value_index 0)))
 (let (($x5299 (and (and $x1772 (and (distinct ?x9390 0.0) true)) (> (ite (> phase_0 (- 1)) phase_0 (- 1)) boundary))))
 (let (($x21192 (or (= boundary (- 1)) (= boundary 1) (= boundary 3))))
 (and $x21192 (or $x5299 $x19255)))))))))
(check-sat)
