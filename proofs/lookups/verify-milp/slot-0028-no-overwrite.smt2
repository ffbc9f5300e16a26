(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_23 () Int)
(declare-fun phase_79 () Int)
(declare-fun phase_84 () Int)
(declare-fun phase_85 () Int)
(declare-fun phase_119 () Int)
(declare-fun phase_150 () Int)
(declare-fun phase_153 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_23 0))
(assert
 (= phase_79 7))
(assert
 (= phase_84 10))
(assert
 (= phase_85 10))
(assert
 (= phase_119 4))
(assert
 (= phase_150 4))
(assert
 (= phase_153 4))
(assert
 (let (($x4820 (> phase_84 phase_79)))
 (let ((?x4733 (ite $x4820 phase_84 phase_79)))
 (let (($x4738 (> phase_85 ?x4733)))
 (let ((?x4787 (ite $x4738 phase_85 ?x4733)))
 (let (($x15052 (> boundary 11)))
 (let ((?x16026 (ite $x15052 (- 1.0) 0.0)))
 (let (($x4078 (> boundary 7)))
 (let ((?x24274 (ite $x4078 1.0 0.0)))
 (let (($x8320 (= value_index 1)))
 (let (($x18553 (> phase_119 phase_23)))
 (let ((?x18704 (ite $x18553 phase_119 phase_23)))
 (let (($x18698 (> phase_150 ?x18704)))
 (let ((?x18700 (ite $x18698 phase_150 ?x18704)))
 (let (($x18710 (> phase_153 ?x18700)))
 (let ((?x3297 (ite $x18710 phase_153 ?x18700)))
 (let ((?x25318 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 5) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x2586 (or (and (and $x37737 (and (distinct ?x25318 0.0) true)) (> ?x3297 boundary)) (and (and $x8320 (and (distinct (+ ?x24274 ?x16026) 0.0) true)) (> ?x4787 boundary)))))
 (let (($x16897 (= boundary 11)))
 (let (($x3463 (or (= boundary 1) (= boundary 5) (= boundary 7) $x16897)))
 (and $x3463 $x2586))))))))))))))))))))))
(check-sat)
