(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_33 () Int)
(declare-fun phase_46 () Int)
(declare-fun phase_47 () Int)
(declare-fun phase_151 () Int)
(declare-fun phase_152 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_33 3))
(assert
 (= phase_46 6))
(assert
 (= phase_47 6))
(assert
 (= phase_151 8))
(assert
 (= phase_152 10))
(assert
 (let (($x18976 (> boundary 11)))
 (let ((?x51515 (ite $x18976 (- 1.0) 0.0)))
 (let (($x15923 (> boundary 9)))
 (let ((?x21407 (ite $x15923 1.0 0.0)))
 (let (($x8320 (= value_index 1)))
 (let (($x19885 (and (and $x8320 (and (distinct (+ ?x21407 ?x51515) 0.0) true)) (> (ite (> phase_152 phase_151) phase_152 phase_151) boundary))))
 (let (($x26095 (> phase_46 phase_33)))
 (let ((?x16341 (ite $x26095 phase_46 phase_33)))
 (let (($x1628 (> phase_47 ?x16341)))
 (let ((?x1502 (ite $x1628 phase_47 ?x16341)))
 (let ((?x23480 (+ (ite (> boundary 3) 1.0 0.0) (ite (> boundary 7) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x16897 (= boundary 11)))
 (let (($x8914 (= boundary 9)))
 (let (($x21848 (or (= boundary 3) (= boundary 7) $x8914 $x16897)))
 (and $x21848 (or (and (and $x37737 (and (distinct ?x23480 0.0) true)) (> ?x1502 boundary)) $x19885))))))))))))))))))
(check-sat)
