(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_99 () Int)
(declare-fun phase_100 () Int)
(declare-fun phase_165 () Int)
(declare-fun phase_172 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_99 18))
(assert
 (= phase_100 21))
(assert
 (= phase_165 22))
(assert
 (= phase_172 35))
(assert
 (let (($x39372 (> boundary 35)))
 (let ((?x5389 (ite $x39372 (- 1.0) 0.0)))
 (let (($x7172 (> boundary 23)))
 (let ((?x57720 (ite $x7172 1.0 0.0)))
 (let (($x4730 (= value_index 1)))
 (let (($x21443 (and (and $x4730 (and (distinct (+ ?x57720 ?x5389) 0.0) true)) (> (ite (> phase_172 phase_165) phase_172 phase_165) boundary))))
 (let ((?x16049 (+ (ite (> boundary 19) 1.0 0.0) (ite (> boundary 21) (- 1.0) 0.0))))
 (let (($x12323 (= value_index 0)))
 (let (($x22129 (and (and $x12323 (and (distinct ?x16049 0.0) true)) (> (ite (> phase_100 phase_99) phase_100 phase_99) boundary))))
 (let (($x2911 (= boundary 35)))
 (let (($x8272 (= boundary 23)))
 (let (($x770 (= boundary 21)))
 (let (($x4824 (= boundary 19)))
 (let (($x21260 (or $x4824 $x770 $x8272 $x2911)))
 (and $x21260 (or $x22129 $x21443)))))))))))))))))
(check-sat)
