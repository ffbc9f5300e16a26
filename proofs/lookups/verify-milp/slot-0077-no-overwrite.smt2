(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_159 () Int)
(declare-fun phase_160 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_159 4))
(assert
 (= phase_160 8))
(assert
 (let (($x8320 (= value_index 1)))
 (let (($x21143 (and (and $x8320 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true)) true)))
 (let ((?x21468 (+ (ite (> boundary 5) 1.0 0.0) (ite (> boundary 9) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x10309 (and (and $x37737 (and (distinct ?x21468 0.0) true)) (> (ite (> phase_160 phase_159) phase_160 phase_159) boundary))))
 (let (($x16897 (= boundary 11)))
 (let (($x8914 (= boundary 9)))
 (let (($x25567 (or (= boundary 5) $x8914 $x16897)))
 (and $x25567 (or $x10309 $x21143)))))))))))
(check-sat)
