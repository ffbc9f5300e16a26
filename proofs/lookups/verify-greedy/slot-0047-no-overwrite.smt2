(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_71 () Int)
(declare-fun phase_84 () Int)
(declare-fun phase_85 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_71 3))
(assert
 (= phase_84 6))
(assert
 (= phase_85 6))
(assert
 (let (($x19215 (= value_index 1)))
 (let (($x50748 (and (and $x19215 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true)) true)))
 (let (($x2511 (> phase_84 phase_71)))
 (let ((?x2689 (ite $x2511 phase_84 phase_71)))
 (let (($x2647 (> phase_85 ?x2689)))
 (let ((?x2523 (ite $x2647 phase_85 ?x2689)))
 (let ((?x46436 (+ (ite (> boundary 3) 1.0 0.0) (ite (> boundary 7) (- 1.0) 0.0))))
 (let (($x1772 (= value_index 0)))
 (let (($x3841 (= boundary 11)))
 (let (($x12936 (or (= boundary 3) (= boundary 7) $x3841)))
 (and $x12936 (or (and (and $x1772 (and (distinct ?x46436 0.0) true)) (> ?x2523 boundary)) $x50748)))))))))))))
(check-sat)
