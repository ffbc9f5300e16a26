(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_200 () Int)
(declare-fun phase_297 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_200 11))
(assert
 (= phase_297 14))
(assert
 (let (($x45255 (= value_index 1)))
 (let (($x115972 (and (and $x45255 (and (distinct (ite (> boundary 23) 1.0 0.0) 0.0) true)) true)))
 (let ((?x86401 (+ (ite (> boundary 11) 1.0 0.0) (ite (> boundary 15) (- 1.0) 0.0))))
 (let (($x2642 (= value_index 0)))
 (let (($x117043 (and (and $x2642 (and (distinct ?x86401 0.0) true)) (> (ite (> phase_297 phase_200) phase_297 phase_200) boundary))))
 (let (($x48388 (= boundary 23)))
 (let (($x70007 (= boundary 15)))
 (let (($x105617 (= boundary 11)))
 (let (($x111905 (or $x105617 $x70007 $x48388)))
 (and $x111905 (or $x117043 $x115972))))))))))))
(check-sat)
