(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_32 () Int)
(declare-fun phase_80 () Int)
(declare-fun phase_262 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_32 1))
(assert
 (= phase_80 3))
(assert
 (= phase_262 14))
(assert
 (let (($x45255 (= value_index 1)))
 (let (($x63599 (and (and $x45255 (and (distinct (ite (> boundary 17) 1.0 0.0) 0.0) true)) true)))
 (let (($x19279 (> phase_80 phase_32)))
 (let ((?x19284 (ite $x19279 phase_80 phase_32)))
 (let (($x19259 (> phase_262 ?x19284)))
 (let ((?x19263 (ite $x19259 phase_262 ?x19284)))
 (let ((?x120363 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 15) (- 1.0) 0.0))))
 (let (($x2642 (= value_index 0)))
 (let (($x12605 (= boundary 17)))
 (let (($x70007 (= boundary 15)))
 (let (($x104146 (= boundary 1)))
 (let (($x105063 (or $x104146 $x70007 $x12605)))
 (and $x105063 (or (and (and $x2642 (and (distinct ?x120363 0.0) true)) (> ?x19263 boundary)) $x63599)))))))))))))))
(check-sat)
