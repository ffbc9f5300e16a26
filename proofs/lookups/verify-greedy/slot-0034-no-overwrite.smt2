(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_28 () Int)
(declare-fun phase_124 () Int)
(declare-fun phase_165 () Int)
(declare-fun phase_168 () Int)
(declare-fun phase_169 () Int)
(declare-fun phase_170 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_28 0))
(assert
 (= phase_124 4))
(assert
 (= phase_165 4))
(assert
 (= phase_168 4))
(assert
 (= phase_169 8))
(assert
 (= phase_170 10))
(assert
 (let (($x1176 (> boundary 11)))
 (let ((?x5363 (ite $x1176 (- 1.0) 0.0)))
 (let (($x2932 (> boundary 9)))
 (let ((?x19700 (ite $x2932 1.0 0.0)))
 (let (($x19215 (= value_index 1)))
 (let (($x24848 (and (and $x19215 (and (distinct (+ ?x19700 ?x5363) 0.0) true)) (> (ite (> phase_170 phase_169) phase_170 phase_169) boundary))))
 (let (($x2321 (> phase_124 phase_28)))
 (let ((?x4054 (ite $x2321 phase_124 phase_28)))
 (let (($x4019 (> phase_165 ?x4054)))
 (let ((?x2388 (ite $x4019 phase_165 ?x4054)))
 (let (($x2669 (> phase_168 ?x2388)))
 (let ((?x18752 (ite $x2669 phase_168 ?x2388)))
 (let ((?x51222 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 5) (- 1.0) 0.0))))
 (let (($x1772 (= value_index 0)))
 (let (($x3841 (= boundary 11)))
 (let (($x13147 (= boundary 9)))
 (let (($x20675 (or (= boundary 1) (= boundary 5) $x13147 $x3841)))
 (and $x20675 (or (and (and $x1772 (and (distinct ?x51222 0.0) true)) (> ?x18752 boundary)) $x24848))))))))))))))))))))
(check-sat)
