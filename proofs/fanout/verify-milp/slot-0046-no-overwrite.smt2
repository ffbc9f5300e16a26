(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_187 () Int)
(declare-fun phase_281 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_187 3))
(assert
 (= phase_281 9))
(assert
 (let (($x24598 (> boundary 9)))
 (let ((?x22561 (ite $x24598 (- 1.0) 0.0)))
 (let (($x22659 (> boundary 3)))
 (let ((?x2831 (ite $x22659 1.0 0.0)))
 (let (($x6048 (= value_index 1)))
 (let (($x25000 (and (and $x6048 (and (distinct (+ ?x2831 ?x22561) 0.0) true)) (> (ite (> phase_281 phase_187) phase_281 phase_187) boundary))))
 (let (($x1775 (= value_index 0)))
 (let (($x19737 (and (and $x1775 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true)) true)))
 (let (($x10721 (= boundary 11)))
 (let (($x22169 (or (= boundary 3) (= boundary 9) $x10721)))
 (and $x22169 (or $x19737 $x25000)))))))))))))
(check-sat)
