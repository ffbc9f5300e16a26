(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x10261 (= value_index 0)))
 (let (($x30637 (and $x10261 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x6191 (and $x30637 true)))
 (let (($x21701 (or $x6191)))
 (let (($x42387 (= boundary 11)))
 (let (($x34056 (or $x42387)))
 (and $x34056 $x21701))))))))
(check-sat)
