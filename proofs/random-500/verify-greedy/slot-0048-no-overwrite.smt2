(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_141 () Int)
(declare-fun phase_218 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_141 1))
(assert
 (= phase_218 14))
(assert
 (let (($x45255 (= value_index 1)))
 (let (($x45440 (and (and $x45255 (and (distinct (ite (> boundary 17) 1.0 0.0) 0.0) true)) true)))
 (let ((?x93530 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 15) (- 1.0) 0.0))))
 (let (($x2642 (= value_index 0)))
 (let (($x45105 (and (and $x2642 (and (distinct ?x93530 0.0) true)) (> (ite (> phase_218 phase_141) phase_218 phase_141) boundary))))
 (let (($x12605 (= boundary 17)))
 (let (($x70007 (= boundary 15)))
 (let (($x104146 (= boundary 1)))
 (let (($x115686 (or $x104146 $x70007 $x12605)))
 (and $x115686 (or $x45105 $x45440))))))))))))
(check-sat)
