(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_12 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_12 4))
(assert
 (let (($x10788 (= value_index 1)))
 (let (($x7594 (and (and $x10788 (and (distinct (ite (> boundary 7) 1.0 0.0) 0.0) true)) true)))
 (let ((?x11431 (+ (ite (> boundary (- 1)) 1.0 0.0) (ite (> boundary 5) (- 1.0) 0.0))))
 (let (($x10261 (= value_index 0)))
 (let (($x11180 (and (and $x10261 (and (distinct ?x11431 0.0) true)) (> (ite (> phase_12 (- 1)) phase_12 (- 1)) boundary))))
 (let (($x40362 (= boundary (- 1))))
 (let (($x8739 (or $x40362 (= boundary 5) (= boundary 7))))
 (and $x8739 (or $x11180 $x7594))))))))))
(check-sat)
