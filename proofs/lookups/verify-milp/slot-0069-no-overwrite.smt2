(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_147 () Int)
(declare-fun phase_148 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_147 4))
(assert
 (= phase_148 8))
(assert
 (let (($x8320 (= value_index 1)))
 (let (($x14794 (and (and $x8320 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true)) true)))
 (let ((?x12937 (+ (ite (> boundary 5) 1.0 0.0) (ite (> boundary 9) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x9560 (and (and $x37737 (and (distinct ?x12937 0.0) true)) (> (ite (> phase_148 phase_147) phase_148 phase_147) boundary))))
 (let (($x16897 (= boundary 11)))
 (let (($x8914 (= boundary 9)))
 (let (($x21785 (or (= boundary 5) $x8914 $x16897)))
 (and $x21785 (or $x9560 $x14794)))))))))))
(check-sat)
