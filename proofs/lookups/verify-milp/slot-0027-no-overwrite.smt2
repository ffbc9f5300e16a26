(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_22 () Int)
(declare-fun phase_75 () Int)
(declare-fun phase_84 () Int)
(declare-fun phase_85 () Int)
(declare-fun phase_118 () Int)
(declare-fun phase_147 () Int)
(declare-fun phase_150 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_22 0))
(assert
 (= phase_75 7))
(assert
 (= phase_84 10))
(assert
 (= phase_85 10))
(assert
 (= phase_118 4))
(assert
 (= phase_147 4))
(assert
 (= phase_150 4))
(assert
 (let (($x14720 (> phase_84 phase_75)))
 (let ((?x4831 (ite $x14720 phase_84 phase_75)))
 (let (($x4909 (> phase_85 ?x4831)))
 (let ((?x4912 (ite $x4909 phase_85 ?x4831)))
 (let (($x3680 (> boundary 11)))
 (let ((?x24686 (ite $x3680 (- 1.0) 0.0)))
 (let (($x25146 (> boundary 7)))
 (let ((?x21708 (ite $x25146 1.0 0.0)))
 (let (($x8320 (= value_index 1)))
 (let (($x3354 (> phase_118 phase_22)))
 (let ((?x2867 (ite $x3354 phase_118 phase_22)))
 (let (($x18955 (> phase_147 ?x2867)))
 (let ((?x9119 (ite $x18955 phase_147 ?x2867)))
 (let (($x2842 (> phase_150 ?x9119)))
 (let ((?x2887 (ite $x2842 phase_150 ?x9119)))
 (let ((?x2384 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 5) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x45643 (or (and (and $x37737 (and (distinct ?x2384 0.0) true)) (> ?x2887 boundary)) (and (and $x8320 (and (distinct (+ ?x21708 ?x24686) 0.0) true)) (> ?x4912 boundary)))))
 (let (($x16897 (= boundary 11)))
 (let (($x31888 (or (= boundary 1) (= boundary 5) (= boundary 7) $x16897)))
 (and $x31888 $x45643))))))))))))))))))))))
(check-sat)
