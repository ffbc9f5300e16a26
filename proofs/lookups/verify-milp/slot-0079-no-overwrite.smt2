(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_162 () Int)
(declare-fun phase_163 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_162 4))
(assert
 (= phase_163 8))
(assert
 (let (($x8320 (= value_index 1)))
 (let (($x17418 (and (and $x8320 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true)) true)))
 (let ((?x30501 (+ (ite (> boundary 5) 1.0 0.0) (ite (> boundary 9) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x8768 (and (and $x37737 (and (distinct ?x30501 0.0) true)) (> (ite (> phase_163 phase_162) phase_163 phase_162) boundary))))
 (let (($x16897 (= boundary 11)))
 (let (($x8914 (= boundary 9)))
 (let (($x9257 (or (= boundary 5) $x8914 $x16897)))
 (and $x9257 (or $x8768 $x17418)))))))))))
(check-sat)
