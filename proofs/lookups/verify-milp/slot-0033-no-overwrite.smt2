(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_28 () Int)
(declare-fun phase_124 () Int)
(declare-fun phase_145 () Int)
(declare-fun phase_146 () Int)
(declare-fun phase_165 () Int)
(declare-fun phase_168 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_28 0))
(assert
 (= phase_124 4))
(assert
 (= phase_145 8))
(assert
 (= phase_146 10))
(assert
 (= phase_165 4))
(assert
 (= phase_168 4))
(assert
 (let (($x13266 (> boundary 11)))
 (let ((?x51683 (ite $x13266 (- 1.0) 0.0)))
 (let (($x51785 (> boundary 9)))
 (let ((?x13184 (ite $x51785 1.0 0.0)))
 (let (($x8320 (= value_index 1)))
 (let (($x9978 (and (and $x8320 (and (distinct (+ ?x13184 ?x51683) 0.0) true)) (> (ite (> phase_146 phase_145) phase_146 phase_145) boundary))))
 (let (($x18811 (> phase_124 phase_28)))
 (let ((?x18812 (ite $x18811 phase_124 phase_28)))
 (let (($x18819 (> phase_165 ?x18812)))
 (let ((?x18814 (ite $x18819 phase_165 ?x18812)))
 (let (($x18808 (> phase_168 ?x18814)))
 (let ((?x18809 (ite $x18808 phase_168 ?x18814)))
 (let ((?x10635 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 5) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x16897 (= boundary 11)))
 (let (($x8914 (= boundary 9)))
 (let (($x15592 (or (= boundary 1) (= boundary 5) $x8914 $x16897)))
 (and $x15592 (or (and (and $x37737 (and (distinct ?x10635 0.0) true)) (> ?x18809 boundary)) $x9978))))))))))))))))))))
(check-sat)
