(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_97 () Int)
(declare-fun phase_100 () Int)
(declare-fun phase_154 () Int)
(declare-fun phase_163 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_97 18))
(assert
 (= phase_100 21))
(assert
 (= phase_154 22))
(assert
 (= phase_163 35))
(assert
 (let (($x7927 (> boundary 35)))
 (let ((?x36391 (ite $x7927 (- 1.0) 0.0)))
 (let (($x22115 (> boundary 23)))
 (let ((?x9393 (ite $x22115 1.0 0.0)))
 (let (($x4730 (= value_index 1)))
 (let (($x14694 (and (and $x4730 (and (distinct (+ ?x9393 ?x36391) 0.0) true)) (> (ite (> phase_163 phase_154) phase_163 phase_154) boundary))))
 (let ((?x21460 (+ (ite (> boundary 19) 1.0 0.0) (ite (> boundary 21) (- 1.0) 0.0))))
 (let (($x12323 (= value_index 0)))
 (let (($x33598 (and (and $x12323 (and (distinct ?x21460 0.0) true)) (> (ite (> phase_100 phase_97) phase_100 phase_97) boundary))))
 (let (($x2911 (= boundary 35)))
 (let (($x8272 (= boundary 23)))
 (let (($x770 (= boundary 21)))
 (let (($x4824 (= boundary 19)))
 (let (($x10431 (or $x4824 $x770 $x8272 $x2911)))
 (and $x10431 (or $x33598 $x14694)))))))))))))))))
(check-sat)
