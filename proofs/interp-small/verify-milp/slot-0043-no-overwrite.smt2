(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_8 () Int)
(declare-fun phase_64 () Int)
(declare-fun phase_137 () Int)
(declare-fun phase_144 () Int)
(declare-fun phase_145 () Int)
(declare-fun phase_174 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_8 19))
(assert
 (= phase_64 23))
(assert
 (= phase_137 20))
(assert
 (= phase_144 31))
(assert
 (= phase_145 34))
(assert
 (= phase_174 26))
(assert
 (let (($x6901 (> boundary 35)))
 (let ((?x15735 (ite $x6901 (- 1.0) 0.0)))
 (let (($x4048 (> boundary 31)))
 (let ((?x12601 (ite $x4048 1.0 0.0)))
 (let (($x10775 (= value_index 2)))
 (let (($x13250 (and (and $x10775 (and (distinct (+ ?x12601 ?x15735) 0.0) true)) (> (ite (> phase_145 phase_144) phase_145 phase_144) boundary))))
 (let ((?x20079 (+ (ite (> boundary 23) 1.0 0.0) (ite (> boundary 27) (- 1.0) 0.0))))
 (let (($x4730 (= value_index 1)))
 (let (($x14770 (and (and $x4730 (and (distinct ?x20079 0.0) true)) (> (ite (> phase_174 phase_64) phase_174 phase_64) boundary))))
 (let ((?x37339 (+ (ite (> boundary 19) 1.0 0.0) (ite (> boundary 21) (- 1.0) 0.0))))
 (let (($x12323 (= value_index 0)))
 (let (($x18717 (and (and $x12323 (and (distinct ?x37339 0.0) true)) (> (ite (> phase_137 phase_8) phase_137 phase_8) boundary))))
 (let (($x2911 (= boundary 35)))
 (let (($x12146 (= boundary 27)))
 (let (($x8272 (= boundary 23)))
 (let (($x770 (= boundary 21)))
 (let (($x4824 (= boundary 19)))
 (let (($x6319 (or $x4824 $x770 $x8272 $x12146 (= boundary 31) $x2911)))
 (and $x6319 (or $x18717 $x14770 $x13250)))))))))))))))))))))
(check-sat)
