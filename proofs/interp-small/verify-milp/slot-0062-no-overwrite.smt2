(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_98 () Int)
(declare-fun phase_100 () Int)
(declare-fun phase_155 () Int)
(declare-fun phase_163 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_98 18))
(assert
 (= phase_100 21))
(assert
 (= phase_155 22))
(assert
 (= phase_163 35))
(assert
 (let (($x6169 (> boundary 35)))
 (let ((?x6943 (ite $x6169 (- 1.0) 0.0)))
 (let (($x41661 (> boundary 23)))
 (let ((?x59478 (ite $x41661 1.0 0.0)))
 (let (($x4730 (= value_index 1)))
 (let (($x22805 (and (and $x4730 (and (distinct (+ ?x59478 ?x6943) 0.0) true)) (> (ite (> phase_163 phase_155) phase_163 phase_155) boundary))))
 (let ((?x9364 (+ (ite (> boundary 19) 1.0 0.0) (ite (> boundary 21) (- 1.0) 0.0))))
 (let (($x12323 (= value_index 0)))
 (let (($x6055 (and (and $x12323 (and (distinct ?x9364 0.0) true)) (> (ite (> phase_100 phase_98) phase_100 phase_98) boundary))))
 (let (($x2911 (= boundary 35)))
 (let (($x8272 (= boundary 23)))
 (let (($x770 (= boundary 21)))
 (let (($x4824 (= boundary 19)))
 (let (($x21372 (or $x4824 $x770 $x8272 $x2911)))
 (and $x21372 (or $x6055 $x22805)))))))))))))))))
(check-sat)
