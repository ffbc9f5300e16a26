(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_102 () Int)
(declare-fun phase_103 () Int)
(declare-fun phase_104 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_102 3))
(assert
 (= phase_103 6))
(assert
 (= phase_104 6))
(assert
 (let (($x8320 (= value_index 1)))
 (let (($x15546 (and (and $x8320 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true)) true)))
 (let (($x3681 (> phase_103 phase_102)))
 (let ((?x3735 (ite $x3681 phase_103 phase_102)))
 (let (($x4210 (> phase_104 ?x3735)))
 (let ((?x4211 (ite $x4210 phase_104 ?x3735)))
 (let ((?x11527 (+ (ite (> boundary 3) 1.0 0.0) (ite (> boundary 7) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x16897 (= boundary 11)))
 (let (($x15413 (or (= boundary 3) (= boundary 7) $x16897)))
 (and $x15413 (or (and (and $x37737 (and (distinct ?x11527 0.0) true)) (> ?x4211 boundary)) $x15546)))))))))))))
(check-sat)
