(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_27 () Int)
(declare-fun phase_123 () Int)
(declare-fun phase_142 () Int)
(declare-fun phase_143 () Int)
(declare-fun phase_162 () Int)
(declare-fun phase_165 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_27 0))
(assert
 (= phase_123 4))
(assert
 (= phase_142 8))
(assert
 (= phase_143 10))
(assert
 (= phase_162 4))
(assert
 (= phase_165 4))
(assert
 (let (($x1593 (> boundary 11)))
 (let ((?x7353 (ite $x1593 (- 1.0) 0.0)))
 (let (($x24337 (> boundary 9)))
 (let ((?x26716 (ite $x24337 1.0 0.0)))
 (let (($x8320 (= value_index 1)))
 (let (($x18251 (and (and $x8320 (and (distinct (+ ?x26716 ?x7353) 0.0) true)) (> (ite (> phase_143 phase_142) phase_143 phase_142) boundary))))
 (let (($x16336 (> phase_123 phase_27)))
 (let ((?x19095 (ite $x16336 phase_123 phase_27)))
 (let (($x19101 (> phase_162 ?x19095)))
 (let ((?x19096 (ite $x19101 phase_162 ?x19095)))
 (let (($x8600 (> phase_165 ?x19096)))
 (let ((?x9602 (ite $x8600 phase_165 ?x19096)))
 (let ((?x14808 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 5) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x16897 (= boundary 11)))
 (let (($x8914 (= boundary 9)))
 (let (($x19211 (or (= boundary 1) (= boundary 5) $x8914 $x16897)))
 (and $x19211 (or (and (and $x37737 (and (distinct ?x14808 0.0) true)) (> ?x9602 boundary)) $x18251))))))))))))))))))))
(check-sat)
