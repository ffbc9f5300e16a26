(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_79 () Int)
(declare-fun phase_101 () Int)
(declare-fun phase_114 () Int)
(declare-fun phase_429 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_79 1))
(assert
 (= phase_101 7))
(assert
 (= phase_114 8))
(assert
 (= phase_429 32))
(assert
 (let (($x45255 (= value_index 1)))
 (let (($x115235 (and (and $x45255 (and (distinct (ite (> boundary 35) 1.0 0.0) 0.0) true)) true)))
 (let (($x12622 (> phase_101 phase_79)))
 (let ((?x12617 (ite $x12622 phase_101 phase_79)))
 (let (($x1971 (> phase_114 ?x12617)))
 (let ((?x1977 (ite $x1971 phase_114 ?x12617)))
 (let (($x1979 (> phase_429 ?x1977)))
 (let ((?x1982 (ite $x1979 phase_429 ?x1977)))
 (let ((?x104553 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 33) (- 1.0) 0.0))))
 (let (($x2642 (= value_index 0)))
 (let (($x63975 (= boundary 35)))
 (let (($x114438 (= boundary 33)))
 (let (($x104146 (= boundary 1)))
 (let (($x99677 (or $x104146 $x114438 $x63975)))
 (and $x99677 (or (and (and $x2642 (and (distinct ?x104553 0.0) true)) (> ?x1982 boundary)) $x115235)))))))))))))))))
(check-sat)
