(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_24 () Int)
(declare-fun phase_83 () Int)
(declare-fun phase_84 () Int)
(declare-fun phase_85 () Int)
(declare-fun phase_120 () Int)
(declare-fun phase_153 () Int)
(declare-fun phase_156 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_24 0))
(assert
 (= phase_83 7))
(assert
 (= phase_84 10))
(assert
 (= phase_85 10))
(assert
 (= phase_120 4))
(assert
 (= phase_153 4))
(assert
 (= phase_156 4))
(assert
 (let (($x19528 (> phase_84 phase_83)))
 (let ((?x19461 (ite $x19528 phase_84 phase_83)))
 (let (($x19443 (> phase_85 ?x19461)))
 (let ((?x19310 (ite $x19443 phase_85 ?x19461)))
 (let (($x10779 (> boundary 11)))
 (let ((?x23666 (ite $x10779 (- 1.0) 0.0)))
 (let (($x2586 (> boundary 7)))
 (let ((?x3427 (ite $x2586 1.0 0.0)))
 (let (($x8320 (= value_index 1)))
 (let (($x19040 (> phase_120 phase_24)))
 (let ((?x18829 (ite $x19040 phase_120 phase_24)))
 (let (($x18830 (> phase_153 ?x18829)))
 (let ((?x18743 (ite $x18830 phase_153 ?x18829)))
 (let (($x3946 (> phase_156 ?x18743)))
 (let ((?x3610 (ite $x3946 phase_156 ?x18743)))
 (let ((?x51654 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 5) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x25672 (or (and (and $x37737 (and (distinct ?x51654 0.0) true)) (> ?x3610 boundary)) (and (and $x8320 (and (distinct (+ ?x3427 ?x23666) 0.0) true)) (> ?x19310 boundary)))))
 (let (($x16897 (= boundary 11)))
 (let (($x10286 (or (= boundary 1) (= boundary 5) (= boundary 7) $x16897)))
 (and $x10286 $x25672))))))))))))))))))))))
(check-sat)
