(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_14 () Int)
(declare-fun phase_106 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_14 0))
(assert
 (= phase_106 2))
(assert
 (let (($x8320 (= value_index 1)))
 (let (($x25383 (and (and $x8320 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true)) true)))
 (let ((?x20466 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 3) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x11170 (and (and $x37737 (and (distinct ?x20466 0.0) true)) (> (ite (> phase_106 phase_14) phase_106 phase_14) boundary))))
 (let (($x26704 (or (= boundary 1) (= boundary 3) (= boundary 5))))
 (and $x26704 (or $x11170 $x25383)))))))))
(check-sat)
