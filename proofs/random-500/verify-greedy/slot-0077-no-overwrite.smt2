(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x2642 (= value_index 0)))
 (let (($x50942 (and $x2642 (and (distinct (ite (> boundary 3) 1.0 0.0) 0.0) true))))
 (let (($x61728 (and $x50942 true)))
 (let (($x106959 (or $x61728)))
 (let (($x90920 (= boundary 3)))
 (let (($x105413 (or $x90920)))
 (and $x105413 $x106959))))))))
(check-sat)
