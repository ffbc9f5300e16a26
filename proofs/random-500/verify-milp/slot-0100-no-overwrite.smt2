(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x10975 (= value_index 0)))
 (let (($x88409 (and $x10975 (and (distinct (ite (> boundary 7) 1.0 0.0) 0.0) true))))
 (let (($x90322 (and $x88409 true)))
 (let (($x99071 (or $x90322)))
 (let (($x6074 (= boundary 7)))
 (let (($x95779 (or $x6074)))
 (and $x95779 $x99071))))))))
(check-sat)
