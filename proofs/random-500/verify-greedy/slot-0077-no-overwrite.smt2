(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x33900 (= value_index 0)))
 (let (($x49938 (and $x33900 (and (distinct (ite (> boundary 3) 1.0 0.0) 0.0) true))))
 (let (($x57388 (and $x49938 true)))
 (let (($x87013 (or $x57388)))
 (let (($x21803 (= boundary 3)))
 (let (($x61409 (or $x21803)))
 (and $x61409 $x87013))))))))
(check-sat)
