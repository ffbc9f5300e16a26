(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_14 () Int)
(declare-fun phase_30 () Int)
(declare-fun phase_31 () Int)
(declare-fun phase_32 () Int)
(declare-fun phase_60 () Int)
(declare-fun phase_65 () Int)
(declare-fun phase_66 () Int)
(declare-fun phase_106 () Int)
(declare-fun phase_110 () Int)
(declare-fun phase_126 () Int)
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
 (= phase_60 7))
(assert
 (= phase_65 10))
(assert
 (= phase_66 10))
(assert
 (= phase_106 2))
(assert
 (= phase_110 4))
(assert
 (= phase_126 4))
(assert
 (let (($x10915 (> phase_65 phase_60)))
 (let ((?x10895 (ite $x10915 phase_65 phase_60)))
 (let (($x2139 (> phase_66 ?x10895)))
 (let ((?x8799 (ite $x2139 phase_66 ?x10895)))
 (let (($x21520 (> boundary 11)))
 (let ((?x10523 (ite $x21520 (- 1.0) 0.0)))
 (let (($x19911 (> boundary 7)))
 (let ((?x24221 (ite $x19911 1.0 0.0)))
 (let (($x8320 (= value_index 1)))
 (let (($x18661 (> phase_30 phase_14)))
 (let ((?x2930 (ite $x18661 phase_30 phase_14)))
 (let (($x2874 (> phase_31 ?x2930)))
 (let ((?x19008 (ite $x2874 phase_31 ?x2930)))
 (let (($x1152 (> phase_32 ?x19008)))
 (let ((?x4315 (ite $x1152 phase_32 ?x19008)))
 (let (($x19007 (> phase_106 ?x4315)))
 (let ((?x19006 (ite $x19007 phase_106 ?x4315)))
 (let (($x2871 (> phase_110 ?x19006)))
 (let ((?x13319 (ite $x2871 phase_110 ?x19006)))
 (let (($x3188 (> phase_126 ?x13319)))
 (let ((?x18764 (ite $x3188 phase_126 ?x13319)))
 (let ((?x26639 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 5) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x35309 (or (and (and $x37737 (and (distinct ?x26639 0.0) true)) (> ?x18764 boundary)) (and (and $x8320 (and (distinct (+ ?x24221 ?x10523) 0.0) true)) (> ?x8799 boundary)))))
 (let (($x16897 (= boundary 11)))
 (let (($x24395 (or (= boundary 1) (= boundary 5) (= boundary 7) $x16897)))
 (and $x24395 $x35309))))))))))))))))))))))))))))
(check-sat)
