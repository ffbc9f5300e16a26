(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x33038 (= value_index 0)))
 (let (($x81579 (and $x33038 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x36044 (and $x81579 true)))
 (let (($x147012 (or $x36044)))
 (let (($x208842 (= boundary (- 1))))
 (let (($x135628 (or $x208842)))
 (and $x135628 $x147012))))))))
(check-sat)
