(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_33 () Int)
(declare-fun phase_76 () Int)
(declare-fun phase_143 () Int)
(declare-fun phase_166 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_33 26))
(assert
 (= phase_76 19))
(assert
 (= phase_143 30))
(assert
 (= phase_166 22))
(assert
 (let (($x10775 (= value_index 2)))
 (let (($x30394 (and (and $x10775 (and (distinct (ite (> boundary 35) 1.0 0.0) 0.0) true)) true)))
 (let ((?x19647 (+ (ite (> boundary 19) 1.0 0.0) (ite (> boundary 23) (- 1.0) 0.0))))
 (let (($x4730 (= value_index 1)))
 (let (($x7941 (and (and $x4730 (and (distinct ?x19647 0.0) true)) (> (ite (> phase_166 phase_76) phase_166 phase_76) boundary))))
 (let ((?x6407 (+ (ite (> boundary 27) 1.0 0.0) (ite (> boundary 31) (- 1.0) 0.0))))
 (let (($x12323 (= value_index 0)))
 (let (($x30116 (and (and $x12323 (and (distinct ?x6407 0.0) true)) (> (ite (> phase_143 phase_33) phase_143 phase_33) boundary))))
 (let (($x2911 (= boundary 35)))
 (let (($x12146 (= boundary 27)))
 (let (($x8272 (= boundary 23)))
 (let (($x4824 (= boundary 19)))
 (let (($x37761 (or $x4824 $x8272 $x12146 (= boundary 31) $x2911)))
 (and $x37761 (or $x30116 $x7941 $x30394))))))))))))))))
(check-sat)
