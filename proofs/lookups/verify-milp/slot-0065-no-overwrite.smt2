(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_141 () Int)
(declare-fun phase_142 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_141 4))
(assert
 (= phase_142 8))
(assert
 (let (($x8320 (= value_index 1)))
 (let (($x16397 (and (and $x8320 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true)) true)))
 (let ((?x37035 (+ (ite (> boundary 5) 1.0 0.0) (ite (> boundary 9) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x19885 (and (and $x37737 (and (distinct ?x37035 0.0) true)) (> (ite (> phase_142 phase_141) phase_142 phase_141) boundary))))
 (let (($x16897 (= boundary 11)))
 (let (($x8914 (= boundary 9)))
 (let (($x10833 (or (= boundary 5) $x8914 $x16897)))
 (and $x10833 (or $x19885 $x16397)))))))))))
(check-sat)
