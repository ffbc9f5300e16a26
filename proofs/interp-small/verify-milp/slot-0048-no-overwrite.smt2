(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_32 () Int)
(declare-fun phase_72 () Int)
(declare-fun phase_142 () Int)
(declare-fun phase_154 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_32 26))
(assert
 (= phase_72 19))
(assert
 (= phase_142 30))
(assert
 (= phase_154 22))
(assert
 (let (($x10775 (= value_index 2)))
 (let (($x5905 (and (and $x10775 (and (distinct (ite (> boundary 35) 1.0 0.0) 0.0) true)) true)))
 (let ((?x16811 (+ (ite (> boundary 19) 1.0 0.0) (ite (> boundary 23) (- 1.0) 0.0))))
 (let (($x4730 (= value_index 1)))
 (let (($x2972 (and (and $x4730 (and (distinct ?x16811 0.0) true)) (> (ite (> phase_154 phase_72) phase_154 phase_72) boundary))))
 (let ((?x4197 (+ (ite (> boundary 27) 1.0 0.0) (ite (> boundary 31) (- 1.0) 0.0))))
 (let (($x12323 (= value_index 0)))
 (let (($x12440 (and (and $x12323 (and (distinct ?x4197 0.0) true)) (> (ite (> phase_142 phase_32) phase_142 phase_32) boundary))))
 (let (($x2911 (= boundary 35)))
 (let (($x12146 (= boundary 27)))
 (let (($x8272 (= boundary 23)))
 (let (($x4824 (= boundary 19)))
 (let (($x5514 (or $x4824 $x8272 $x12146 (= boundary 31) $x2911)))
 (and $x5514 (or $x12440 $x2972 $x5905))))))))))))))))
(check-sat)
