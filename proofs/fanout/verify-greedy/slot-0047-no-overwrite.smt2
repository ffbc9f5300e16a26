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
 (let (($x26047 (> boundary 9)))
 (let ((?x30730 (ite $x26047 (- 1.0) 0.0)))
 (let (($x18972 (> boundary 3)))
 (let ((?x31067 (ite $x18972 1.0 0.0)))
 (let (($x27693 (= value_index 1)))
 (let (($x59552 (and (and $x27693 (and (distinct (+ ?x31067 ?x30730) 0.0) true)) (> (ite (> phase_281 phase_190) phase_281 phase_190) boundary))))
 (let (($x14749 (= value_index 0)))
 (let (($x11991 (and (and $x14749 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true)) true)))
 (let (($x21808 (= boundary 11)))
 (let (($x4522 (or (= boundary 3) (= boundary 9) $x21808)))
 (and $x4522 (or $x11991 $x59552)))))))))))))
(check-sat)
