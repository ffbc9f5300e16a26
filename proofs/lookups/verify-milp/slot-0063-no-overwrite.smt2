(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_138 () Int)
(declare-fun phase_139 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_138 4))
(assert
 (= phase_139 8))
(assert
 (let (($x8320 (= value_index 1)))
 (let (($x11073 (and (and $x8320 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true)) true)))
 (let ((?x10102 (+ (ite (> boundary 5) 1.0 0.0) (ite (> boundary 9) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x20238 (and (and $x37737 (and (distinct ?x10102 0.0) true)) (> (ite (> phase_139 phase_138) phase_139 phase_138) boundary))))
 (let (($x16897 (= boundary 11)))
 (let (($x8914 (= boundary 9)))
 (let (($x16140 (or (= boundary 5) $x8914 $x16897)))
 (and $x16140 (or $x20238 $x11073)))))))))))
(check-sat)
