(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x3507 (= value_index 0)))
 (let (($x23835 (and $x3507 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x25039 (and $x23835 true)))
 (let (($x25353 (or $x25039)))
 (let (($x642 (= boundary (- 1))))
 (let (($x25231 (or $x642)))
 (and $x25231 $x25353))))))))
(check-sat)
