(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x33900 (= value_index 0)))
 (let (($x35337 (and $x33900 (and (distinct (ite (> boundary 15) 1.0 0.0) 0.0) true))))
 (let (($x78834 (and $x35337 true)))
 (let (($x91934 (or $x78834)))
 (let (($x72013 (= boundary 15)))
 (let (($x21066 (or $x72013)))
 (and $x21066 $x91934))))))))
(check-sat)
