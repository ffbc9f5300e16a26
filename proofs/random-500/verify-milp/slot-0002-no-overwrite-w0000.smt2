(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x48045 (= value_index 0)))
 (let (($x72731 (and $x48045 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x110903 (and $x72731 true)))
 (let (($x48745 (or $x110903)))
 (let (($x108420 (= boundary (- 1))))
 (let (($x54036 (or $x108420)))
 (and $x54036 $x48745))))))))
(check-sat)
