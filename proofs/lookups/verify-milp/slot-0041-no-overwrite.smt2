(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_90 () Int)
(declare-fun phase_103 () Int)
(declare-fun phase_104 () Int)
(declare-fun phase_163 () Int)
(declare-fun phase_164 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_90 3))
(assert
 (= phase_103 6))
(assert
 (= phase_104 6))
(assert
 (= phase_163 8))
(assert
 (= phase_164 10))
(assert
 (let (($x4819 (> boundary 11)))
 (let ((?x26695 (ite $x4819 (- 1.0) 0.0)))
 (let (($x21143 (> boundary 9)))
 (let ((?x7077 (ite $x21143 1.0 0.0)))
 (let (($x8320 (= value_index 1)))
 (let (($x20891 (and (and $x8320 (and (distinct (+ ?x7077 ?x26695) 0.0) true)) (> (ite (> phase_164 phase_163) phase_164 phase_163) boundary))))
 (let (($x2419 (> phase_103 phase_90)))
 (let ((?x2528 (ite $x2419 phase_103 phase_90)))
 (let (($x2762 (> phase_104 ?x2528)))
 (let ((?x2664 (ite $x2762 phase_104 ?x2528)))
 (let ((?x23389 (+ (ite (> boundary 3) 1.0 0.0) (ite (> boundary 7) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x16897 (= boundary 11)))
 (let (($x8914 (= boundary 9)))
 (let (($x23538 (or (= boundary 3) (= boundary 7) $x8914 $x16897)))
 (and $x23538 (or (and (and $x37737 (and (distinct ?x23389 0.0) true)) (> ?x2664 boundary)) $x20891))))))))))))))))))
(check-sat)
