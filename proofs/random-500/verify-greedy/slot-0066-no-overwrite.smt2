(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_29 () Int)
(declare-fun phase_63 () Int)
(declare-fun phase_88 () Int)
(declare-fun phase_270 () Int)
(declare-fun phase_291 () Int)
(declare-fun phase_439 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_29 2))
(assert
 (= phase_63 3))
(assert
 (= phase_88 6))
(assert
 (= phase_270 22))
(assert
 (= phase_291 22))
(assert
 (= phase_439 30))
(assert
 (let (($x45255 (= value_index 1)))
 (let (($x43673 (and (and $x45255 (and (distinct (ite (> boundary 35) 1.0 0.0) 0.0) true)) true)))
 (let (($x19441 (> phase_63 phase_29)))
 (let ((?x19444 (ite $x19441 phase_63 phase_29)))
 (let (($x19445 (> phase_88 ?x19444)))
 (let ((?x19448 (ite $x19445 phase_88 ?x19444)))
 (let (($x19431 (> phase_270 ?x19448)))
 (let ((?x19434 (ite $x19431 phase_270 ?x19448)))
 (let (($x19435 (> phase_291 ?x19434)))
 (let ((?x19440 (ite $x19435 phase_291 ?x19434)))
 (let (($x19420 (> phase_439 ?x19440)))
 (let ((?x19423 (ite $x19420 phase_439 ?x19440)))
 (let ((?x113968 (+ (ite (> boundary 3) 1.0 0.0) (ite (> boundary 31) (- 1.0) 0.0))))
 (let (($x2642 (= value_index 0)))
 (let (($x63975 (= boundary 35)))
 (let (($x36573 (= boundary 31)))
 (let (($x100745 (or (= boundary 3) $x36573 $x63975)))
 (and $x100745 (or (and (and $x2642 (and (distinct ?x113968 0.0) true)) (> ?x19423 boundary)) $x43673))))))))))))))))))))
(check-sat)
