(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_190 () Int)
(declare-fun phase_281 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_190 3))
(assert
 (= phase_281 9))
(assert
 (let (($x12062 (> boundary 9)))
 (let ((?x52193 (ite $x12062 (- 1.0) 0.0)))
 (let (($x7753 (> boundary 3)))
 (let ((?x25066 (ite $x7753 1.0 0.0)))
 (let (($x6048 (= value_index 1)))
 (let (($x34663 (and (and $x6048 (and (distinct (+ ?x25066 ?x52193) 0.0) true)) (> (ite (> phase_281 phase_190) phase_281 phase_190) boundary))))
 (let (($x1775 (= value_index 0)))
 (let (($x11319 (and (and $x1775 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true)) true)))
 (let (($x10721 (= boundary 11)))
 (let (($x11424 (or (= boundary 3) (= boundary 9) $x10721)))
 (and $x11424 (or $x11319 $x34663)))))))))))))
(check-sat)
