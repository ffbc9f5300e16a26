(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_84 () Int)
(declare-fun phase_86 () Int)
(declare-fun phase_88 () Int)
(declare-fun phase_183 () Int)
(declare-fun phase_184 () Int)
(declare-fun phase_190 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_84 23))
(assert
 (= phase_86 18))
(assert
 (= phase_88 21))
(assert
 (= phase_183 30))
(assert
 (= phase_184 26))
(assert
 (= phase_190 35))
(assert
 (let (($x16701 (> boundary 35)))
 (let ((?x6054 (ite $x16701 (- 1.0) 0.0)))
 (let (($x2894 (> boundary 31)))
 (let ((?x3329 (ite $x2894 1.0 0.0)))
 (let (($x10775 (= value_index 2)))
 (let (($x38807 (and (and $x10775 (and (distinct (+ ?x3329 ?x6054) 0.0) true)) (> (ite (> phase_190 phase_183) phase_190 phase_183) boundary))))
 (let ((?x29480 (+ (ite (> boundary 19) 1.0 0.0) (ite (> boundary 21) (- 1.0) 0.0))))
 (let (($x4730 (= value_index 1)))
 (let (($x21752 (and (and $x4730 (and (distinct ?x29480 0.0) true)) (> (ite (> phase_88 phase_86) phase_88 phase_86) boundary))))
 (let ((?x8267 (+ (ite (> boundary 23) 1.0 0.0) (ite (> boundary 27) (- 1.0) 0.0))))
 (let (($x12323 (= value_index 0)))
 (let (($x4051 (and (and $x12323 (and (distinct ?x8267 0.0) true)) (> (ite (> phase_184 phase_84) phase_184 phase_84) boundary))))
 (let (($x2911 (= boundary 35)))
 (let (($x12146 (= boundary 27)))
 (let (($x8272 (= boundary 23)))
 (let (($x770 (= boundary 21)))
 (let (($x4824 (= boundary 19)))
 (let (($x60279 (or $x4824 $x770 $x8272 $x12146 (= boundary 31) $x2911)))
 (and $x60279 (or $x4051 $x21752 $x38807)))))))))))))))))))))
(check-sat)
