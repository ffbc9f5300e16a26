(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_193 () Int)
(declare-fun phase_281 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_193 3))
(assert
 (= phase_281 9))
(assert
 (let (($x6048 (= value_index 1)))
 (let (($x18792 (and (and $x6048 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true)) true)))
 (let ((?x48259 (+ (ite (> boundary 3) 1.0 0.0) (ite (> boundary 9) (- 1.0) 0.0))))
 (let (($x1775 (= value_index 0)))
 (let (($x12269 (and (and $x1775 (and (distinct ?x48259 0.0) true)) (> (ite (> phase_281 phase_193) phase_281 phase_193) boundary))))
 (let (($x10721 (= boundary 11)))
 (let (($x27118 (or (= boundary 3) (= boundary 9) $x10721)))
 (and $x27118 (or $x12269 $x18792))))))))))
(check-sat)
