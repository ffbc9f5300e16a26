(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x33900 (= value_index 0)))
 (let (($x106164 (and $x33900 (and (distinct (ite (> boundary 15) 1.0 0.0) 0.0) true))))
 (let (($x76824 (and $x106164 true)))
 (let (($x84958 (or $x76824)))
 (let (($x72013 (= boundary 15)))
 (let (($x71808 (or $x72013)))
 (and $x71808 $x84958))))))))
(check-sat)
