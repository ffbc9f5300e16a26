(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_109 () Int)
(declare-fun phase_110 () Int)
(declare-fun phase_111 () Int)
(declare-fun phase_177 () Int)
(declare-fun phase_181 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_109 11))
(assert
 (= phase_110 26))
(assert
 (= phase_111 26))
(assert
 (= phase_177 30))
(assert
 (= phase_181 35))
(assert
 (let (($x9951 (> boundary 35)))
 (let ((?x33934 (ite $x9951 (- 1.0) 0.0)))
 (let (($x4000 (> boundary 31)))
 (let ((?x16017 (ite $x4000 1.0 0.0)))
 (let (($x10788 (= value_index 1)))
 (let (($x21731 (and (and $x10788 (and (distinct (+ ?x16017 ?x33934) 0.0) true)) (> (ite (> phase_181 phase_177) phase_181 phase_177) boundary))))
 (let (($x9484 (> phase_110 phase_109)))
 (let ((?x3624 (ite $x9484 phase_110 phase_109)))
 (let (($x17356 (> phase_111 ?x3624)))
 (let ((?x5809 (ite $x17356 phase_111 ?x3624)))
 (let ((?x18589 (+ (ite (> boundary 11) 1.0 0.0) (ite (> boundary 27) (- 1.0) 0.0))))
 (let (($x10261 (= value_index 0)))
 (let (($x34288 (= boundary 35)))
 (let (($x35503 (or (= boundary 11) (= boundary 27) (= boundary 31) $x34288)))
 (and $x35503 (or (and (and $x10261 (and (distinct ?x18589 0.0) true)) (> ?x5809 boundary)) $x21731)))))))))))))))))
(check-sat)
