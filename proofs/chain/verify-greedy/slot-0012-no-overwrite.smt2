(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_66 () Int)
(declare-fun phase_67 () Int)
(declare-fun phase_68 () Int)
(declare-fun phase_69 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_66 0))
(assert
 (= phase_67 22))
(assert
 (= phase_68 22))
(assert
 (= phase_69 23))
(assert
 (let (($x9720 (= value_index 1)))
 (let (($x17398 (and (and $x9720 (and (distinct (ite (> boundary 79) 1.0 0.0) 0.0) true)) true)))
 (let (($x19759 (> phase_67 phase_66)))
 (let ((?x19762 (ite $x19759 phase_67 phase_66)))
 (let (($x16010 (> phase_68 ?x19762)))
 (let ((?x4672 (ite $x16010 phase_68 ?x19762)))
 (let (($x1048 (> phase_69 ?x4672)))
 (let ((?x21309 (ite $x1048 phase_69 ?x4672)))
 (let ((?x10722 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 23) (- 1.0) 0.0))))
 (let (($x13659 (= value_index 0)))
 (let (($x21307 (= boundary 79)))
 (let (($x9523 (= boundary 23)))
 (let (($x21165 (= boundary 1)))
 (let (($x28284 (or $x21165 $x9523 $x21307)))
 (and $x28284 (or (and (and $x13659 (and (distinct ?x10722 0.0) true)) (> ?x21309 boundary)) $x17398)))))))))))))))))
(check-sat)
