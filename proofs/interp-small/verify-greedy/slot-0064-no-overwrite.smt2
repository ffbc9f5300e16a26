(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_100 () Int)
(declare-fun phase_101 () Int)
(declare-fun phase_102 () Int)
(declare-fun phase_153 () Int)
(declare-fun phase_163 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_100 11))
(assert
 (= phase_101 14))
(assert
 (= phase_102 14))
(assert
 (= phase_153 18))
(assert
 (= phase_163 35))
(assert
 (let (($x33994 (> boundary 35)))
 (let ((?x42956 (ite $x33994 (- 1.0) 0.0)))
 (let (($x20435 (> boundary 19)))
 (let ((?x26573 (ite $x20435 1.0 0.0)))
 (let (($x10788 (= value_index 1)))
 (let (($x22068 (and (and $x10788 (and (distinct (+ ?x26573 ?x42956) 0.0) true)) (> (ite (> phase_163 phase_153) phase_163 phase_153) boundary))))
 (let (($x17264 (> phase_101 phase_100)))
 (let ((?x30468 (ite $x17264 phase_101 phase_100)))
 (let (($x10304 (> phase_102 ?x30468)))
 (let ((?x9593 (ite $x10304 phase_102 ?x30468)))
 (let ((?x22158 (+ (ite (> boundary 11) 1.0 0.0) (ite (> boundary 15) (- 1.0) 0.0))))
 (let (($x10261 (= value_index 0)))
 (let (($x34288 (= boundary 35)))
 (let (($x42887 (or (= boundary 11) (= boundary 15) (= boundary 19) $x34288)))
 (and $x42887 (or (and (and $x10261 (and (distinct ?x22158 0.0) true)) (> ?x9593 boundary)) $x22068)))))))))))))))))
(check-sat)
