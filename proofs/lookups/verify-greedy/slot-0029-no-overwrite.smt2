(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_23 () Int)
(declare-fun phase_119 () Int)
(declare-fun phase_150 () Int)
(declare-fun phase_153 () Int)
(declare-fun phase_154 () Int)
(declare-fun phase_155 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_23 0))
(assert
 (= phase_119 4))
(assert
 (= phase_150 4))
(assert
 (= phase_153 4))
(assert
 (= phase_154 8))
(assert
 (= phase_155 10))
(assert
 (let (($x34731 (> boundary 11)))
 (let ((?x6530 (ite $x34731 (- 1.0) 0.0)))
 (let (($x35651 (> boundary 9)))
 (let ((?x11224 (ite $x35651 1.0 0.0)))
 (let (($x19215 (= value_index 1)))
 (let (($x9861 (and (and $x19215 (and (distinct (+ ?x11224 ?x6530) 0.0) true)) (> (ite (> phase_155 phase_154) phase_155 phase_154) boundary))))
 (let (($x4343 (> phase_119 phase_23)))
 (let ((?x14900 (ite $x4343 phase_119 phase_23)))
 (let (($x19094 (> phase_150 ?x14900)))
 (let ((?x19096 (ite $x19094 phase_150 ?x14900)))
 (let (($x19097 (> phase_153 ?x19096)))
 (let ((?x4119 (ite $x19097 phase_153 ?x19096)))
 (let ((?x6395 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 5) (- 1.0) 0.0))))
 (let (($x1772 (= value_index 0)))
 (let (($x3841 (= boundary 11)))
 (let (($x13147 (= boundary 9)))
 (let (($x11356 (or (= boundary 1) (= boundary 5) $x13147 $x3841)))
 (and $x11356 (or (and (and $x1772 (and (distinct ?x6395 0.0) true)) (> ?x4119 boundary)) $x9861))))))))))))))))))))
(check-sat)
