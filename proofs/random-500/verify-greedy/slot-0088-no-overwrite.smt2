(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_90 () Int)
(declare-fun phase_114 () Int)
(declare-fun phase_127 () Int)
(declare-fun phase_168 () Int)
(declare-fun phase_398 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_90 3))
(assert
 (= phase_114 8))
(assert
 (= phase_127 6))
(assert
 (= phase_168 12))
(assert
 (= phase_398 28))
(assert
 (let (($x45255 (= value_index 1)))
 (let (($x113945 (and (and $x45255 (and (distinct (ite (> boundary 31) 1.0 0.0) 0.0) true)) true)))
 (let (($x6750 (> phase_114 phase_90)))
 (let ((?x6944 (ite $x6750 phase_114 phase_90)))
 (let (($x6958 (> phase_127 ?x6944)))
 (let ((?x6843 (ite $x6958 phase_127 ?x6944)))
 (let (($x7070 (> phase_168 ?x6843)))
 (let ((?x6993 (ite $x7070 phase_168 ?x6843)))
 (let (($x6715 (> phase_398 ?x6993)))
 (let ((?x7041 (ite $x6715 phase_398 ?x6993)))
 (let ((?x89445 (+ (ite (> boundary 3) 1.0 0.0) (ite (> boundary 29) (- 1.0) 0.0))))
 (let (($x2642 (= value_index 0)))
 (let (($x36573 (= boundary 31)))
 (let (($x28986 (= boundary 29)))
 (let (($x90920 (= boundary 3)))
 (let (($x60208 (or $x90920 $x28986 $x36573)))
 (and $x60208 (or (and (and $x2642 (and (distinct ?x89445 0.0) true)) (> ?x7041 boundary)) $x113945)))))))))))))))))))
(check-sat)
