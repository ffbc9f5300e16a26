(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_12 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_12 4))
(assert
 (let (($x174990 (= value_index 1)))
 (let (($x136952 (and (and $x174990 (and (distinct (ite (> boundary 7) 1.0 0.0) 0.0) true)) true)))
 (let ((?x285009 (+ (ite (> boundary (- 1)) 1.0 0.0) (ite (> boundary 5) (- 1.0) 0.0))))
 (let (($x4254 (= value_index 0)))
 (let (($x94207 (and (and $x4254 (and (distinct ?x285009 0.0) true)) (> (ite (> phase_12 (- 1)) phase_12 (- 1)) boundary))))
 (let (($x6364 (= boundary (- 1))))
 (let (($x116047 (or $x6364 (= boundary 5) (= boundary 7))))
 (and $x116047 (or $x94207 $x136952))))))))))
(check-sat)
