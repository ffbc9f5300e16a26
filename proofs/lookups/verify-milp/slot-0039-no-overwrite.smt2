(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_41 () Int)
(declare-fun phase_46 () Int)
(declare-fun phase_47 () Int)
(declare-fun phase_157 () Int)
(declare-fun phase_158 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_41 3))
(assert
 (= phase_46 6))
(assert
 (= phase_47 6))
(assert
 (= phase_157 8))
(assert
 (= phase_158 10))
(assert
 (let (($x30427 (> boundary 11)))
 (let ((?x20908 (ite $x30427 (- 1.0) 0.0)))
 (let (($x16251 (> boundary 9)))
 (let ((?x51766 (ite $x16251 1.0 0.0)))
 (let (($x8320 (= value_index 1)))
 (let (($x37721 (and (and $x8320 (and (distinct (+ ?x51766 ?x20908) 0.0) true)) (> (ite (> phase_158 phase_157) phase_158 phase_157) boundary))))
 (let (($x18659 (> phase_46 phase_41)))
 (let ((?x18927 (ite $x18659 phase_46 phase_41)))
 (let (($x18919 (> phase_47 ?x18927)))
 (let ((?x13308 (ite $x18919 phase_47 ?x18927)))
 (let ((?x1243 (+ (ite (> boundary 3) 1.0 0.0) (ite (> boundary 7) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x16897 (= boundary 11)))
 (let (($x8914 (= boundary 9)))
 (let (($x17722 (or (= boundary 3) (= boundary 7) $x8914 $x16897)))
 (and $x17722 (or (and (and $x37737 (and (distinct ?x1243 0.0) true)) (> ?x13308 boundary)) $x37721))))))))))))))))))
(check-sat)
