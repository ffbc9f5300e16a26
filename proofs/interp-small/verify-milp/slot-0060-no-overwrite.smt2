(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_95 () Int)
(declare-fun phase_96 () Int)
(declare-fun phase_153 () Int)
(declare-fun phase_163 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_95 18))
(assert
 (= phase_96 21))
(assert
 (= phase_153 22))
(assert
 (= phase_163 35))
(assert
 (let (($x29810 (> boundary 35)))
 (let ((?x21186 (ite $x29810 (- 1.0) 0.0)))
 (let (($x37666 (> boundary 23)))
 (let ((?x39661 (ite $x37666 1.0 0.0)))
 (let (($x4730 (= value_index 1)))
 (let (($x20079 (and (and $x4730 (and (distinct (+ ?x39661 ?x21186) 0.0) true)) (> (ite (> phase_163 phase_153) phase_163 phase_153) boundary))))
 (let ((?x1374 (+ (ite (> boundary 19) 1.0 0.0) (ite (> boundary 21) (- 1.0) 0.0))))
 (let (($x12323 (= value_index 0)))
 (let (($x22442 (and (and $x12323 (and (distinct ?x1374 0.0) true)) (> (ite (> phase_96 phase_95) phase_96 phase_95) boundary))))
 (let (($x2911 (= boundary 35)))
 (let (($x8272 (= boundary 23)))
 (let (($x770 (= boundary 21)))
 (let (($x4824 (= boundary 19)))
 (let (($x11872 (or $x4824 $x770 $x8272 $x2911)))
 (and $x11872 (or $x22442 $x20079)))))))))))))))))
(check-sat)
