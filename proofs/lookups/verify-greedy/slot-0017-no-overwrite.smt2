(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_14 () Int)
(declare-fun phase_30 () Int)
(declare-fun phase_31 () Int)
(declare-fun phase_32 () Int)
(declare-fun phase_106 () Int)
(declare-fun phase_110 () Int)
(declare-fun phase_126 () Int)
(declare-fun phase_127 () Int)
(declare-fun phase_128 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_14 0))
(assert
 (= phase_30 2))
(assert
 (= phase_31 2))
(assert
 (= phase_32 2))
(assert
 (= phase_106 2))
(assert
 (= phase_110 4))
(assert
 (= phase_126 4))
(assert
 (= phase_127 8))
(assert
 (= phase_128 10))
(assert
 (let (($x23159 (> boundary 11)))
 (let ((?x2379 (ite $x23159 (- 1.0) 0.0)))
 (let (($x17993 (> boundary 9)))
 (let ((?x14505 (ite $x17993 1.0 0.0)))
 (let (($x19215 (= value_index 1)))
 (let (($x4015 (and (and $x19215 (and (distinct (+ ?x14505 ?x2379) 0.0) true)) (> (ite (> phase_128 phase_127) phase_128 phase_127) boundary))))
 (let (($x3616 (> phase_30 phase_14)))
 (let ((?x19001 (ite $x3616 phase_30 phase_14)))
 (let (($x19073 (> phase_31 ?x19001)))
 (let ((?x3602 (ite $x19073 phase_31 ?x19001)))
 (let (($x13148 (> phase_32 ?x3602)))
 (let ((?x3671 (ite $x13148 phase_32 ?x3602)))
 (let (($x19126 (> phase_106 ?x3671)))
 (let ((?x19078 (ite $x19126 phase_106 ?x3671)))
 (let (($x18698 (> phase_110 ?x19078)))
 (let ((?x19062 (ite $x18698 phase_110 ?x19078)))
 (let (($x6447 (> phase_126 ?x19062)))
 (let ((?x18967 (ite $x6447 phase_126 ?x19062)))
 (let ((?x45404 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 5) (- 1.0) 0.0))))
 (let (($x1772 (= value_index 0)))
 (let (($x3841 (= boundary 11)))
 (let (($x13147 (= boundary 9)))
 (let (($x30671 (or (= boundary 1) (= boundary 5) $x13147 $x3841)))
 (and $x30671 (or (and (and $x1772 (and (distinct ?x45404 0.0) true)) (> ?x18967 boundary)) $x4015))))))))))))))))))))))))))
(check-sat)
