(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x10975 (= value_index 0)))
 (let (($x80969 (and $x10975 (and (distinct (ite (> boundary 7) 1.0 0.0) 0.0) true))))
 (let (($x84095 (and $x80969 true)))
 (let (($x94730 (or $x84095)))
 (let (($x6074 (= boundary 7)))
 (let (($x88391 (or $x6074)))
 (and $x88391 $x94730))))))))
(check-sat)
