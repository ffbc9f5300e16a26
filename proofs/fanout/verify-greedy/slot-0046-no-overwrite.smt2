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
 (let (($x84510 (> boundary 9)))
 (let ((?x86676 (ite $x84510 (- 1.0) 0.0)))
 (let (($x22185 (> boundary 3)))
 (let ((?x14329 (ite $x22185 1.0 0.0)))
 (let (($x27693 (= value_index 1)))
 (let (($x50841 (and (and $x27693 (and (distinct (+ ?x14329 ?x86676) 0.0) true)) (> (ite (> phase_281 phase_187) phase_281 phase_187) boundary))))
 (let (($x14749 (= value_index 0)))
 (let (($x24411 (and (and $x14749 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true)) true)))
 (let (($x21808 (= boundary 11)))
 (let (($x22444 (or (= boundary 3) (= boundary 9) $x21808)))
 (and $x22444 (or $x24411 $x50841)))))))))))))
(check-sat)
