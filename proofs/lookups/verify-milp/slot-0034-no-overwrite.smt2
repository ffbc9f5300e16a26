(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_29 () Int)
(declare-fun phase_125 () Int)
(declare-fun phase_168 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_29 0))
(assert
 (= phase_125 8))
(assert
 (= phase_168 4))
(assert
 (let (($x8320 (= value_index 1)))
 (let (($x16373 (and (and $x8320 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true)) true)))
 (let (($x18529 (> phase_125 phase_29)))
 (let ((?x4154 (ite $x18529 phase_125 phase_29)))
 (let (($x13306 (> phase_168 ?x4154)))
 (let ((?x2768 (ite $x13306 phase_168 ?x4154)))
 (let ((?x18678 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 9) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x16897 (= boundary 11)))
 (let (($x8914 (= boundary 9)))
 (let (($x25800 (or (= boundary 1) $x8914 $x16897)))
 (and $x25800 (or (and (and $x37737 (and (distinct ?x18678 0.0) true)) (> ?x2768 boundary)) $x16373))))))))))))))
(check-sat)
