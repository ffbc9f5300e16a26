(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_21 () Int)
(declare-fun phase_117 () Int)
(declare-fun phase_144 () Int)
(declare-fun phase_147 () Int)
(declare-fun phase_148 () Int)
(declare-fun phase_149 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_21 0))
(assert
 (= phase_117 4))
(assert
 (= phase_144 4))
(assert
 (= phase_147 4))
(assert
 (= phase_148 8))
(assert
 (= phase_149 10))
(assert
 (let (($x7615 (> boundary 11)))
 (let ((?x23045 (ite $x7615 (- 1.0) 0.0)))
 (let (($x33606 (> boundary 9)))
 (let ((?x34780 (ite $x33606 1.0 0.0)))
 (let (($x19215 (= value_index 1)))
 (let (($x45369 (and (and $x19215 (and (distinct (+ ?x34780 ?x23045) 0.0) true)) (> (ite (> phase_149 phase_148) phase_149 phase_148) boundary))))
 (let (($x18551 (> phase_117 phase_21)))
 (let ((?x18552 (ite $x18551 phase_117 phase_21)))
 (let (($x13281 (> phase_144 ?x18552)))
 (let ((?x18574 (ite $x13281 phase_144 ?x18552)))
 (let (($x18568 (> phase_147 ?x18574)))
 (let ((?x18560 (ite $x18568 phase_147 ?x18574)))
 (let ((?x41642 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 5) (- 1.0) 0.0))))
 (let (($x1772 (= value_index 0)))
 (let (($x3841 (= boundary 11)))
 (let (($x13147 (= boundary 9)))
 (let (($x7149 (or (= boundary 1) (= boundary 5) $x13147 $x3841)))
 (and $x7149 (or (and (and $x1772 (and (distinct ?x41642 0.0) true)) (> ?x18560 boundary)) $x45369))))))))))))))))))))
(check-sat)
