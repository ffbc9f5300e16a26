(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_37 () Int)
(declare-fun phase_147 () Int)
(declare-fun phase_149 () Int)
(declare-fun phase_154 () Int)
(declare-fun phase_163 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_37 6))
(assert
 (= phase_147 10))
(assert
 (= phase_149 7))
(assert
 (= phase_154 14))
(assert
 (= phase_163 35))
(assert
 (let (($x6320 (> boundary 35)))
 (let ((?x6729 (ite $x6320 (- 1.0) 0.0)))
 (let (($x2668 (> boundary 15)))
 (let ((?x29917 (ite $x2668 1.0 0.0)))
 (let (($x10788 (= value_index 1)))
 (let (($x20570 (and (and $x10788 (and (distinct (+ ?x29917 ?x6729) 0.0) true)) (> (ite (> phase_163 phase_154) phase_163 phase_154) boundary))))
 (let (($x7708 (> phase_147 phase_37)))
 (let ((?x11409 (ite $x7708 phase_147 phase_37)))
 (let (($x10783 (> phase_149 ?x11409)))
 (let ((?x1177 (ite $x10783 phase_149 ?x11409)))
 (let ((?x10328 (+ (ite (> boundary 7) 1.0 0.0) (ite (> boundary 11) (- 1.0) 0.0))))
 (let (($x10261 (= value_index 0)))
 (let (($x34288 (= boundary 35)))
 (let (($x6591 (= boundary 7)))
 (let (($x28721 (or $x6591 (= boundary 11) (= boundary 15) $x34288)))
 (and $x28721 (or (and (and $x10261 (and (distinct ?x10328 0.0) true)) (> ?x1177 boundary)) $x20570))))))))))))))))))
(check-sat)
