(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_135 () Int)
(declare-fun phase_136 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_135 4))
(assert
 (= phase_136 8))
(assert
 (let (($x8320 (= value_index 1)))
 (let (($x24897 (and (and $x8320 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true)) true)))
 (let ((?x22891 (+ (ite (> boundary 5) 1.0 0.0) (ite (> boundary 9) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x10709 (and (and $x37737 (and (distinct ?x22891 0.0) true)) (> (ite (> phase_136 phase_135) phase_136 phase_135) boundary))))
 (let (($x16897 (= boundary 11)))
 (let (($x8914 (= boundary 9)))
 (let (($x1986 (or (= boundary 5) $x8914 $x16897)))
 (and $x1986 (or $x10709 $x24897)))))))))))
(check-sat)
