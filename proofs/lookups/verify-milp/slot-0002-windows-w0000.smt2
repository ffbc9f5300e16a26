(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x169 (< boundary 0)))
 (let (($x1886 (= value_index 0)))
 (let (($x10036 (and $x1886 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x10395 (and $x10036 $x169)))
 (or $x10395))))))
(check-sat)
