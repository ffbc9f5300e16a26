(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_1 () Int)
(declare-fun phase_56 () Int)
(declare-fun phase_60 () Int)
(declare-fun phase_67 () Int)
(declare-fun phase_97 () Int)
(declare-fun phase_100 () Int)
(declare-fun phase_109 () Int)
(declare-fun phase_165 () Int)
(declare-fun phase_171 () Int)
(declare-fun phase_180 () Int)
(declare-fun phase_449 () Int)
(declare-fun phase_482 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_1 1))
(assert
 (= phase_56 4))
(assert
 (= phase_60 3))
(assert
 (= phase_67 3))
(assert
 (= phase_97 6))
(assert
 (= phase_100 8))
(assert
 (= phase_109 6))
(assert
 (= phase_165 9))
(assert
 (= phase_171 10))
(assert
 (= phase_180 9))
(assert
 (= phase_449 9))
(assert
 (= phase_482 36))
(assert
 (let (($x69403 (= value_index 2)))
 (let (($x29850 (and (and $x69403 (and (distinct (ite (> boundary 39) 1.0 0.0) 0.0) true)) true)))
 (let (($x6697 (> phase_165 phase_100)))
 (let ((?x6834 (ite $x6697 phase_165 phase_100)))
 (let (($x6916 (> phase_171 ?x6834)))
 (let ((?x9334 (ite $x6916 phase_171 ?x6834)))
 (let (($x9335 (> phase_180 ?x9334)))
 (let ((?x9317 (ite $x9335 phase_180 ?x9334)))
 (let (($x9329 (> phase_449 ?x9317)))
 (let ((?x9330 (ite $x9329 phase_449 ?x9317)))
 (let (($x9312 (> phase_482 ?x9330)))
 (let ((?x9324 (ite $x9312 phase_482 ?x9330)))
 (let ((?x65885 (+ (ite (> boundary 9) 1.0 0.0) (ite (> boundary 37) (- 1.0) 0.0))))
 (let (($x45255 (= value_index 1)))
 (let (($x15039 (> phase_56 phase_1)))
 (let ((?x15044 (ite $x15039 phase_56 phase_1)))
 (let (($x15045 (> phase_60 ?x15044)))
 (let ((?x15050 (ite $x15045 phase_60 ?x15044)))
 (let (($x15051 (> phase_67 ?x15050)))
 (let ((?x15053 (ite $x15051 phase_67 ?x15050)))
 (let (($x15057 (> phase_97 ?x15053)))
 (let ((?x15059 (ite $x15057 phase_97 ?x15053)))
 (let (($x15063 (> phase_109 ?x15059)))
 (let ((?x15066 (ite $x15063 phase_109 ?x15059)))
 (let ((?x111350 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 7) (- 1.0) 0.0))))
 (let (($x2642 (= value_index 0)))
 (let (($x102991 (or (and (and $x2642 (and (distinct ?x111350 0.0) true)) (> ?x15066 boundary)) (and (and $x45255 (and (distinct ?x65885 0.0) true)) (> ?x9324 boundary)) $x29850)))
 (let (($x131275 (= boundary 39)))
 (let (($x24660 (= boundary 37)))
 (let (($x110978 (or (= boundary 1) (= boundary 7) (= boundary 9) $x24660 $x131275)))
 (and $x110978 $x102991))))))))))))))))))))))))))))))))
(check-sat)
