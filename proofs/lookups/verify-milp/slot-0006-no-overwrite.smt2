(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_0 () Int)
(declare-fun phase_14 () Int)
(declare-fun phase_15 () Int)
(declare-fun phase_16 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_0 0))
(assert
 (= phase_14 0))
(assert
 (= phase_15 0))
(assert
 (= phase_16 0))
(assert
 (let (($x8320 (= value_index 1)))
 (let (($x8537 (and (and $x8320 (and (distinct (ite (> boundary 3) 1.0 0.0) 0.0) true)) true)))
 (let (($x128 (> phase_0 (- 1))))
 (let ((?x13166 (ite $x128 phase_0 (- 1))))
 (let (($x12954 (> phase_14 ?x13166)))
 (let ((?x4178 (ite $x12954 phase_14 ?x13166)))
 (let (($x2044 (> phase_15 ?x4178)))
 (let ((?x12953 (ite $x2044 phase_15 ?x4178)))
 (let (($x9443 (> phase_16 ?x12953)))
 (let ((?x19014 (ite $x9443 phase_16 ?x12953)))
 (let ((?x35075 (+ (ite (> boundary (- 1)) 1.0 0.0) (ite (> boundary 1) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x25800 (or (= boundary (- 1)) (= boundary 1) (= boundary 3))))
 (and $x25800 (or (and (and $x37737 (and (distinct ?x35075 0.0) true)) (> ?x19014 boundary)) $x8537))))))))))))))))
(check-sat)
