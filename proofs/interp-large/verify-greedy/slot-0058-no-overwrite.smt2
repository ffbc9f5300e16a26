(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x84862 (= value_index 0)))
 (let (($x173099 (and $x84862 (and (distinct (ite (> boundary 3) 1.0 0.0) 0.0) true))))
 (let (($x173058 (and $x173099 true)))
 (let (($x91020 (or $x173058)))
 (let (($x98949 (= boundary 3)))
 (let (($x67425 (or $x98949)))
 (and $x67425 $x91020))))))))
(check-sat)
