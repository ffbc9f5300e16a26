(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_36 () Int)
(declare-fun phase_73 () Int)
(declare-fun phase_217 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_36 3))
(assert
 (= phase_73 4))
(assert
 (= phase_217 16))
(assert
 (let (($x69744 (= value_index 1)))
 (let (($x101592 (and (and $x69744 (and (distinct (ite (> boundary 19) 1.0 0.0) 0.0) true)) true)))
 (let (($x10139 (> phase_73 phase_36)))
 (let ((?x10807 (ite $x10139 phase_73 phase_36)))
 (let (($x770 (> phase_217 ?x10807)))
 (let ((?x769 (ite $x770 phase_217 ?x10807)))
 (let ((?x112864 (+ (ite (> boundary 3) 1.0 0.0) (ite (> boundary 17) (- 1.0) 0.0))))
 (let (($x1672 (= value_index 0)))
 (let (($x101139 (= boundary 19)))
 (let (($x102884 (= boundary 17)))
 (let (($x115410 (= boundary 3)))
 (let (($x115284 (or $x115410 $x102884 $x101139)))
 (and $x115284 (or (and (and $x1672 (and (distinct ?x112864 0.0) true)) (> ?x769 boundary)) $x101592)))))))))))))))
(check-sat)
