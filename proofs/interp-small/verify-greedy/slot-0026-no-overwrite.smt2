(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_0 () Int)
(declare-fun phase_2 () Int)
(declare-fun phase_22 () Int)
(declare-fun phase_38 () Int)
(declare-fun phase_137 () Int)
(declare-fun phase_139 () Int)
(declare-fun phase_141 () Int)
(declare-fun phase_144 () Int)
(declare-fun phase_150 () Int)
(declare-fun phase_185 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_0 0))
(assert
 (= phase_2 2))
(assert
 (= phase_22 6))
(assert
 (= phase_38 4))
(assert
 (= phase_137 20))
(assert
 (= phase_139 18))
(assert
 (= phase_141 26))
(assert
 (= phase_144 31))
(assert
 (= phase_150 3))
(assert
 (= phase_185 22))
(assert
 (let (($x6445 (> boundary 31)))
 (let ((?x22584 (ite $x6445 (- 1.0) 0.0)))
 (let (($x7207 (> boundary 27)))
 (let ((?x10429 (ite $x7207 1.0 0.0)))
 (let (($x13250 (= value_index 4)))
 (let (($x1403 (and (and $x13250 (and (distinct (+ ?x10429 ?x22584) 0.0) true)) (> (ite (> phase_144 phase_141) phase_144 phase_141) boundary))))
 (let ((?x6602 (+ (ite (> boundary 21) 1.0 0.0) (ite (> boundary 23) (- 1.0) 0.0))))
 (let (($x476 (= value_index 3)))
 (let (($x3558 (and (and $x476 (and (distinct ?x6602 0.0) true)) (> (ite (> phase_185 phase_137) phase_185 phase_137) boundary))))
 (let ((?x17027 (+ (ite (> boundary 7) 1.0 0.0) (ite (> boundary 19) (- 1.0) 0.0))))
 (let (($x1150 (= value_index 2)))
 (let (($x11171 (and (and $x1150 (and (distinct ?x17027 0.0) true)) (> (ite (> phase_139 phase_22) phase_139 phase_22) boundary))))
 (let (($x11170 (> phase_38 phase_2)))
 (let ((?x11593 (ite $x11170 phase_38 phase_2)))
 (let (($x893 (> phase_150 ?x11593)))
 (let ((?x2347 (ite $x893 phase_150 ?x11593)))
 (let ((?x33100 (+ (ite (> boundary 3) 1.0 0.0) (ite (> boundary 5) (- 1.0) 0.0))))
 (let (($x10788 (= value_index 1)))
 (let ((?x15098 (+ (ite (> boundary (- 1)) 1.0 0.0) (ite (> boundary 1) (- 1.0) 0.0))))
 (let (($x10261 (= value_index 0)))
 (let (($x41259 (and (and $x10261 (and (distinct ?x15098 0.0) true)) (> (ite (> phase_0 (- 1)) phase_0 (- 1)) boundary))))
 (let (($x11696 (or $x41259 (and (and $x10788 (and (distinct ?x33100 0.0) true)) (> ?x2347 boundary)) $x11171 $x3558 $x1403)))
 (let (($x40362 (= boundary (- 1))))
 (let (($x32499 (or $x40362 (= boundary 1) (= boundary 3) (= boundary 5) (= boundary 7) (= boundary 19) (= boundary 21) (= boundary 23) (= boundary 27) (= boundary 31))))
 (and $x32499 $x11696))))))))))))))))))))))))))
(check-sat)
