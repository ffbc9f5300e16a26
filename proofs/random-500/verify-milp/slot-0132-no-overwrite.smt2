(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_148 () Int)
(declare-fun phase_184 () Int)
(declare-fun phase_189 () Int)
(declare-fun phase_202 () Int)
(declare-fun phase_217 () Int)
(declare-fun phase_300 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_148 6))
(assert
 (= phase_184 9))
(assert
 (= phase_189 14))
(assert
 (= phase_202 37))
(assert
 (= phase_217 16))
(assert
 (= phase_300 33))
(assert
 (let (($x69744 (= value_index 1)))
 (let (($x66139 (and (and $x69744 (and (distinct (ite (> boundary 39) 1.0 0.0) 0.0) true)) true)))
 (let (($x5288 (> phase_184 phase_148)))
 (let ((?x19506 (ite $x5288 phase_184 phase_148)))
 (let (($x868 (> phase_189 ?x19506)))
 (let ((?x4770 (ite $x868 phase_189 ?x19506)))
 (let (($x21559 (> phase_202 ?x4770)))
 (let ((?x21385 (ite $x21559 phase_202 ?x4770)))
 (let (($x12616 (> phase_217 ?x21385)))
 (let ((?x11243 (ite $x12616 phase_217 ?x21385)))
 (let (($x19624 (> phase_300 ?x11243)))
 (let ((?x4742 (ite $x19624 phase_300 ?x11243)))
 (let ((?x117295 (+ (ite (> boundary 7) 1.0 0.0) (ite (> boundary 37) (- 1.0) 0.0))))
 (let (($x1672 (= value_index 0)))
 (let (($x64322 (= boundary 39)))
 (let (($x98607 (= boundary 37)))
 (let (($x27591 (= boundary 7)))
 (let (($x121702 (or $x27591 $x98607 $x64322)))
 (and $x121702 (or (and (and $x1672 (and (distinct ?x117295 0.0) true)) (> ?x4742 boundary)) $x66139)))))))))))))))))))))
(check-sat)
