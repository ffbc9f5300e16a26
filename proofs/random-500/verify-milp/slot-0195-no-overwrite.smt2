(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_302 () Int)
(declare-fun phase_385 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_302 14))
(assert
 (= phase_385 28))
(assert
 (let (($x69744 (= value_index 1)))
 (let (($x132104 (and (and $x69744 (and (distinct (ite (> boundary 31) 1.0 0.0) 0.0) true)) true)))
 (let ((?x100310 (+ (ite (> boundary 15) 1.0 0.0) (ite (> boundary 29) (- 1.0) 0.0))))
 (let (($x1672 (= value_index 0)))
 (let (($x105500 (and (and $x1672 (and (distinct ?x100310 0.0) true)) (> (ite (> phase_385 phase_302) phase_385 phase_302) boundary))))
 (let (($x8307 (= boundary 31)))
 (let (($x119740 (= boundary 29)))
 (let (($x94813 (= boundary 15)))
 (let (($x47935 (or $x94813 $x119740 $x8307)))
 (and $x47935 (or $x105500 $x132104))))))))))))
(check-sat)
