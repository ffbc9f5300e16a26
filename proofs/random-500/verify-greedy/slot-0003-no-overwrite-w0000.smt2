(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x8789 (= value_index 0)))
 (let (($x39092 (and $x8789 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x126916 (and $x39092 true)))
 (let (($x100080 (or $x126916)))
 (let (($x19937 (= boundary (- 1))))
 (let (($x98144 (or $x19937)))
 (and $x98144 $x100080))))))))
(check-sat)
