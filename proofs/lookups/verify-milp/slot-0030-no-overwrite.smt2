(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_25 () Int)
(declare-fun phase_121 () Int)
(declare-fun phase_156 () Int)
(declare-fun phase_159 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_25 0))
(assert
 (= phase_121 4))
(assert
 (= phase_156 4))
(assert
 (= phase_159 4))
(assert
 (let (($x8320 (= value_index 1)))
 (let (($x25726 (and (and $x8320 (and (distinct (ite (> boundary 7) 1.0 0.0) 0.0) true)) true)))
 (let (($x19111 (> phase_121 phase_25)))
 (let ((?x19112 (ite $x19111 phase_121 phase_25)))
 (let (($x18662 (> phase_156 ?x19112)))
 (let ((?x8634 (ite $x18662 phase_156 ?x19112)))
 (let (($x4375 (> phase_159 ?x8634)))
 (let ((?x5680 (ite $x4375 phase_159 ?x8634)))
 (let ((?x8382 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 5) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x7205 (or (= boundary 1) (= boundary 5) (= boundary 7))))
 (and $x7205 (or (and (and $x37737 (and (distinct ?x8382 0.0) true)) (> ?x5680 boundary)) $x25726))))))))))))))
(check-sat)
