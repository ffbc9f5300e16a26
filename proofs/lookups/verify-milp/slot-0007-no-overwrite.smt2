(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_0 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_0 0))
(assert
 (let (($x8320 (= value_index 1)))
 (let (($x25778 (and (and $x8320 (and (distinct (ite (> boundary 3) 1.0 0.0) 0.0) true)) true)))
 (let ((?x15046 (+ (ite (> boundary (- 1)) 1.0 0.0) (ite (> boundary 1) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x25735 (and (and $x37737 (and (distinct ?x15046 0.0) true)) (> (ite (> phase_0 (- 1)) phase_0 (- 1)) boundary))))
 (let (($x25793 (or (= boundary (- 1)) (= boundary 1) (= boundary 3))))
 (and $x25793 (or $x25735 $x25778)))))))))
(check-sat)
