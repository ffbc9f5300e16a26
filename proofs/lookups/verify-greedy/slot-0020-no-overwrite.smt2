(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_15 () Int)
(declare-fun phase_107 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_15 0))
(assert
 (= phase_107 2))
(assert
 (let (($x19215 (= value_index 1)))
 (let (($x3280 (and (and $x19215 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true)) true)))
 (let ((?x3130 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 3) (- 1.0) 0.0))))
 (let (($x1772 (= value_index 0)))
 (let (($x4824 (and (and $x1772 (and (distinct ?x3130 0.0) true)) (> (ite (> phase_107 phase_15) phase_107 phase_15) boundary))))
 (let (($x8656 (or (= boundary 1) (= boundary 3) (= boundary 5))))
 (and $x8656 (or $x4824 $x3280)))))))))
(check-sat)
