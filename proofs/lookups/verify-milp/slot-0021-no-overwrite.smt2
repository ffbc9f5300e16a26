(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_16 () Int)
(declare-fun phase_108 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_16 0))
(assert
 (= phase_108 2))
(assert
 (let (($x8320 (= value_index 1)))
 (let (($x28080 (and (and $x8320 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true)) true)))
 (let ((?x30446 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 3) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x20449 (and (and $x37737 (and (distinct ?x30446 0.0) true)) (> (ite (> phase_108 phase_16) phase_108 phase_16) boundary))))
 (let (($x21994 (or (= boundary 1) (= boundary 3) (= boundary 5))))
 (and $x21994 (or $x20449 $x28080)))))))))
(check-sat)
