(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_137 () Int)
(declare-fun phase_165 () Int)
(declare-fun phase_172 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_137 20))
(assert
 (= phase_165 22))
(assert
 (= phase_172 35))
(assert
 (let (($x6453 (> boundary 35)))
 (let ((?x21798 (ite $x6453 (- 1.0) 0.0)))
 (let (($x33285 (> boundary 23)))
 (let ((?x4557 (ite $x33285 1.0 0.0)))
 (let (($x10788 (= value_index 1)))
 (let (($x6631 (and (and $x10788 (and (distinct (+ ?x4557 ?x21798) 0.0) true)) (> (ite (> phase_172 phase_165) phase_172 phase_165) boundary))))
 (let ((?x10933 (+ (ite (> boundary (- 1)) 1.0 0.0) (ite (> boundary 21) (- 1.0) 0.0))))
 (let (($x10261 (= value_index 0)))
 (let (($x6580 (and (and $x10261 (and (distinct ?x10933 0.0) true)) (> (ite (> phase_137 (- 1)) phase_137 (- 1)) boundary))))
 (let (($x34288 (= boundary 35)))
 (let (($x40362 (= boundary (- 1))))
 (let (($x42011 (or $x40362 (= boundary 21) (= boundary 23) $x34288)))
 (and $x42011 (or $x6580 $x6631)))))))))))))))
(check-sat)
