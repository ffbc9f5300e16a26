(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_12 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_12 4))
(assert
 (let (($x226158 (= value_index 1)))
 (let (($x128114 (and (and $x226158 (and (distinct (ite (> boundary 7) 1.0 0.0) 0.0) true)) true)))
 (let ((?x106308 (+ (ite (> boundary (- 1)) 1.0 0.0) (ite (> boundary 5) (- 1.0) 0.0))))
 (let (($x4299 (= value_index 0)))
 (let (($x47649 (and (and $x4299 (and (distinct ?x106308 0.0) true)) (> (ite (> phase_12 (- 1)) phase_12 (- 1)) boundary))))
 (let (($x11941 (= boundary (- 1))))
 (let (($x98824 (or $x11941 (= boundary 5) (= boundary 7))))
 (and $x98824 (or $x47649 $x128114))))))))))
(check-sat)
