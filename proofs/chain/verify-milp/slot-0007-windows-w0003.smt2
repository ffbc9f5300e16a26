(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x26031 (< boundary 68)))
 (let (($x29062 (= value_index 9)))
 (let (($x27590 (and $x29062 (and (distinct (ite (> boundary 67) 1.0 0.0) 0.0) true))))
 (let (($x4263 (and $x27590 $x26031)))
 (or $x4263))))))
(check-sat)
