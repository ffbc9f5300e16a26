(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_24 () Int)
(declare-fun phase_120 () Int)
(declare-fun phase_153 () Int)
(declare-fun phase_156 () Int)
(declare-fun phase_157 () Int)
(declare-fun phase_158 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_24 0))
(assert
 (= phase_120 4))
(assert
 (= phase_153 4))
(assert
 (= phase_156 4))
(assert
 (= phase_157 8))
(assert
 (= phase_158 10))
(assert
 (let (($x45687 (> boundary 11)))
 (let ((?x14953 (ite $x45687 (- 1.0) 0.0)))
 (let (($x41178 (> boundary 9)))
 (let ((?x20756 (ite $x41178 1.0 0.0)))
 (let (($x19215 (= value_index 1)))
 (let (($x16184 (and (and $x19215 (and (distinct (+ ?x20756 ?x14953) 0.0) true)) (> (ite (> phase_158 phase_157) phase_158 phase_157) boundary))))
 (let (($x2821 (> phase_120 phase_24)))
 (let ((?x19014 (ite $x2821 phase_120 phase_24)))
 (let (($x3106 (> phase_153 ?x19014)))
 (let ((?x19021 (ite $x3106 phase_153 ?x19014)))
 (let (($x19016 (> phase_156 ?x19021)))
 (let ((?x8325 (ite $x19016 phase_156 ?x19021)))
 (let ((?x12236 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 5) (- 1.0) 0.0))))
 (let (($x1772 (= value_index 0)))
 (let (($x3841 (= boundary 11)))
 (let (($x13147 (= boundary 9)))
 (let (($x36156 (or (= boundary 1) (= boundary 5) $x13147 $x3841)))
 (and $x36156 (or (and (and $x1772 (and (distinct ?x12236 0.0) true)) (> ?x8325 boundary)) $x16184))))))))))))))))))))
(check-sat)
