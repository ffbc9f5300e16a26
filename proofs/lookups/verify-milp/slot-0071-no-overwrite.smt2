(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_150 () Int)
(declare-fun phase_151 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_150 4))
(assert
 (= phase_151 8))
(assert
 (let (($x8320 (= value_index 1)))
 (let (($x4473 (and (and $x8320 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true)) true)))
 (let ((?x4510 (+ (ite (> boundary 5) 1.0 0.0) (ite (> boundary 9) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x36428 (and (and $x37737 (and (distinct ?x4510 0.0) true)) (> (ite (> phase_151 phase_150) phase_151 phase_150) boundary))))
 (let (($x16897 (= boundary 11)))
 (let (($x8914 (= boundary 9)))
 (let (($x7560 (or (= boundary 5) $x8914 $x16897)))
 (and $x7560 (or $x36428 $x4473)))))))))))
(check-sat)
