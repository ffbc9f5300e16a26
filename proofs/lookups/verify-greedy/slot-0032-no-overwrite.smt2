(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_26 () Int)
(declare-fun phase_122 () Int)
(declare-fun phase_159 () Int)
(declare-fun phase_162 () Int)
(declare-fun phase_163 () Int)
(declare-fun phase_164 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_26 0))
(assert
 (= phase_122 4))
(assert
 (= phase_159 4))
(assert
 (= phase_162 4))
(assert
 (= phase_163 8))
(assert
 (= phase_164 10))
(assert
 (let (($x45660 (> boundary 11)))
 (let ((?x329 (ite $x45660 (- 1.0) 0.0)))
 (let (($x36635 (> boundary 9)))
 (let ((?x11302 (ite $x36635 1.0 0.0)))
 (let (($x19215 (= value_index 1)))
 (let (($x52389 (and (and $x19215 (and (distinct (+ ?x11302 ?x329) 0.0) true)) (> (ite (> phase_164 phase_163) phase_164 phase_163) boundary))))
 (let (($x18870 (> phase_122 phase_26)))
 (let ((?x6046 (ite $x18870 phase_122 phase_26)))
 (let (($x18871 (> phase_159 ?x6046)))
 (let ((?x18872 (ite $x18871 phase_159 ?x6046)))
 (let (($x18864 (> phase_162 ?x18872)))
 (let ((?x18867 (ite $x18864 phase_162 ?x18872)))
 (let ((?x42479 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 5) (- 1.0) 0.0))))
 (let (($x1772 (= value_index 0)))
 (let (($x3841 (= boundary 11)))
 (let (($x13147 (= boundary 9)))
 (let (($x9418 (or (= boundary 1) (= boundary 5) $x13147 $x3841)))
 (and $x9418 (or (and (and $x1772 (and (distinct ?x42479 0.0) true)) (> ?x18867 boundary)) $x52389))))))))))))))))))))
(check-sat)
