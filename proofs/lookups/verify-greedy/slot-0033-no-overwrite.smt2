(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_27 () Int)
(declare-fun phase_123 () Int)
(declare-fun phase_162 () Int)
(declare-fun phase_165 () Int)
(declare-fun phase_166 () Int)
(declare-fun phase_167 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_27 0))
(assert
 (= phase_123 4))
(assert
 (= phase_162 4))
(assert
 (= phase_165 4))
(assert
 (= phase_166 8))
(assert
 (= phase_167 10))
(assert
 (let (($x18726 (> boundary 11)))
 (let ((?x51033 (ite $x18726 (- 1.0) 0.0)))
 (let (($x52276 (> boundary 9)))
 (let ((?x19018 (ite $x52276 1.0 0.0)))
 (let (($x19215 (= value_index 1)))
 (let (($x52211 (and (and $x19215 (and (distinct (+ ?x19018 ?x51033) 0.0) true)) (> (ite (> phase_167 phase_166) phase_167 phase_166) boundary))))
 (let (($x3080 (> phase_123 phase_27)))
 (let ((?x4231 (ite $x3080 phase_123 phase_27)))
 (let (($x2955 (> phase_162 ?x4231)))
 (let ((?x2886 (ite $x2955 phase_162 ?x4231)))
 (let (($x19168 (> phase_165 ?x2886)))
 (let ((?x18715 (ite $x19168 phase_165 ?x2886)))
 (let ((?x21436 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 5) (- 1.0) 0.0))))
 (let (($x1772 (= value_index 0)))
 (let (($x3841 (= boundary 11)))
 (let (($x13147 (= boundary 9)))
 (let (($x7207 (or (= boundary 1) (= boundary 5) $x13147 $x3841)))
 (and $x7207 (or (and (and $x1772 (and (distinct ?x21436 0.0) true)) (> ?x18715 boundary)) $x52211))))))))))))))))))))
(check-sat)
