(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_68 () Int)
(declare-fun phase_90 () Int)
(declare-fun phase_92 () Int)
(declare-fun phase_104 () Int)
(declare-fun phase_106 () Int)
(declare-fun phase_183 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_68 27))
(assert
 (= phase_90 18))
(assert
 (= phase_92 21))
(assert
 (= phase_104 22))
(assert
 (= phase_106 25))
(assert
 (= phase_183 30))
(assert
 (let (($x2901 (= value_index 3)))
 (let (($x22356 (and (and $x2901 (and (distinct (ite (> boundary 35) 1.0 0.0) 0.0) true)) true)))
 (let ((?x59946 (+ (ite (> boundary 23) 1.0 0.0) (ite (> boundary 25) (- 1.0) 0.0))))
 (let (($x10775 (= value_index 2)))
 (let (($x17647 (and (and $x10775 (and (distinct ?x59946 0.0) true)) (> (ite (> phase_106 phase_104) phase_106 phase_104) boundary))))
 (let ((?x22256 (+ (ite (> boundary 19) 1.0 0.0) (ite (> boundary 21) (- 1.0) 0.0))))
 (let (($x4730 (= value_index 1)))
 (let (($x30452 (and (and $x4730 (and (distinct ?x22256 0.0) true)) (> (ite (> phase_92 phase_90) phase_92 phase_90) boundary))))
 (let ((?x28573 (+ (ite (> boundary 27) 1.0 0.0) (ite (> boundary 31) (- 1.0) 0.0))))
 (let (($x12323 (= value_index 0)))
 (let (($x16316 (and (and $x12323 (and (distinct ?x28573 0.0) true)) (> (ite (> phase_183 phase_68) phase_183 phase_68) boundary))))
 (let (($x2911 (= boundary 35)))
 (let (($x12146 (= boundary 27)))
 (let (($x17773 (= boundary 25)))
 (let (($x8272 (= boundary 23)))
 (let (($x770 (= boundary 21)))
 (let (($x4824 (= boundary 19)))
 (let (($x1071 (or $x4824 $x770 $x8272 $x17773 $x12146 (= boundary 31) $x2911)))
 (and $x1071 (or $x16316 $x30452 $x17647 $x22356)))))))))))))))))))))
(check-sat)
