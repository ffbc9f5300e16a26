(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_94 () Int)
(declare-fun phase_103 () Int)
(declare-fun phase_104 () Int)
(declare-fun phase_166 () Int)
(declare-fun phase_167 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_94 3))
(assert
 (= phase_103 6))
(assert
 (= phase_104 6))
(assert
 (= phase_166 8))
(assert
 (= phase_167 10))
(assert
 (let (($x9730 (> boundary 11)))
 (let ((?x7071 (ite $x9730 (- 1.0) 0.0)))
 (let (($x10611 (> boundary 9)))
 (let ((?x4708 (ite $x10611 1.0 0.0)))
 (let (($x8320 (= value_index 1)))
 (let (($x25807 (and (and $x8320 (and (distinct (+ ?x4708 ?x7071) 0.0) true)) (> (ite (> phase_167 phase_166) phase_167 phase_166) boundary))))
 (let (($x2332 (> phase_103 phase_94)))
 (let ((?x15785 (ite $x2332 phase_103 phase_94)))
 (let (($x10808 (> phase_104 ?x15785)))
 (let ((?x2184 (ite $x10808 phase_104 ?x15785)))
 (let ((?x22656 (+ (ite (> boundary 3) 1.0 0.0) (ite (> boundary 7) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x16897 (= boundary 11)))
 (let (($x8914 (= boundary 9)))
 (let (($x4430 (or (= boundary 3) (= boundary 7) $x8914 $x16897)))
 (and $x4430 (or (and (and $x37737 (and (distinct ?x22656 0.0) true)) (> ?x2184 boundary)) $x25807))))))))))))))))))
(check-sat)
