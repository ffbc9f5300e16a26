(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_5 () Int)
(declare-fun phase_39 () Int)
(declare-fun phase_40 () Int)
(declare-fun phase_80 () Int)
(declare-fun phase_88 () Int)
(declare-fun phase_101 () Int)
(declare-fun phase_102 () Int)
(declare-fun phase_160 () Int)
(declare-fun phase_163 () Int)
(declare-fun phase_175 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_5 3))
(assert
 (= phase_39 8))
(assert
 (= phase_40 8))
(assert
 (= phase_80 19))
(assert
 (= phase_88 11))
(assert
 (= phase_101 14))
(assert
 (= phase_102 14))
(assert
 (= phase_160 26))
(assert
 (= phase_163 35))
(assert
 (= phase_175 22))
(assert
 (let (($x12298 (> boundary 35)))
 (let ((?x21339 (ite $x12298 (- 1.0) 0.0)))
 (let (($x1342 (> boundary 27)))
 (let ((?x25436 (ite $x1342 1.0 0.0)))
 (let (($x476 (= value_index 3)))
 (let (($x20987 (and (and $x476 (and (distinct (+ ?x25436 ?x21339) 0.0) true)) (> (ite (> phase_163 phase_160) phase_163 phase_160) boundary))))
 (let (($x3902 (> phase_101 phase_88)))
 (let ((?x12203 (ite $x3902 phase_101 phase_88)))
 (let (($x11587 (> phase_102 ?x12203)))
 (let ((?x4050 (ite $x11587 phase_102 ?x12203)))
 (let ((?x58474 (+ (ite (> boundary 11) 1.0 0.0) (ite (> boundary 15) (- 1.0) 0.0))))
 (let (($x1150 (= value_index 2)))
 (let ((?x22907 (+ (ite (> boundary 19) 1.0 0.0) (ite (> boundary 23) (- 1.0) 0.0))))
 (let (($x10788 (= value_index 1)))
 (let (($x17906 (and (and $x10788 (and (distinct ?x22907 0.0) true)) (> (ite (> phase_175 phase_80) phase_175 phase_80) boundary))))
 (let (($x10919 (> phase_39 phase_5)))
 (let ((?x5619 (ite $x10919 phase_39 phase_5)))
 (let (($x760 (> phase_40 ?x5619)))
 (let ((?x17656 (ite $x760 phase_40 ?x5619)))
 (let ((?x34473 (+ (ite (> boundary 3) 1.0 0.0) (ite (> boundary 9) (- 1.0) 0.0))))
 (let (($x10261 (= value_index 0)))
 (let (($x21032 (or (and (and $x10261 (and (distinct ?x34473 0.0) true)) (> ?x17656 boundary)) $x17906 (and (and $x1150 (and (distinct ?x58474 0.0) true)) (> ?x4050 boundary)) $x20987)))
 (let (($x34288 (= boundary 35)))
 (let (($x9344 (= boundary 9)))
 (let (($x22240 (= boundary 3)))
 (let (($x25605 (or $x22240 $x9344 (= boundary 11) (= boundary 15) (= boundary 19) (= boundary 23) (= boundary 27) $x34288)))
 (and $x25605 $x21032))))))))))))))))))))))))))))
(check-sat)
