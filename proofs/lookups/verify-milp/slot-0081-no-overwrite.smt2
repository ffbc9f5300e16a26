(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_165 () Int)
(declare-fun phase_166 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_165 4))
(assert
 (= phase_166 8))
(assert
 (let (($x8320 (= value_index 1)))
 (let (($x16388 (and (and $x8320 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true)) true)))
 (let ((?x10199 (+ (ite (> boundary 5) 1.0 0.0) (ite (> boundary 9) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x29963 (and (and $x37737 (and (distinct ?x10199 0.0) true)) (> (ite (> phase_166 phase_165) phase_166 phase_165) boundary))))
 (let (($x16897 (= boundary 11)))
 (let (($x8914 (= boundary 9)))
 (let (($x10451 (or (= boundary 5) $x8914 $x16897)))
 (and $x10451 (or $x29963 $x16388)))))))))))
(check-sat)
