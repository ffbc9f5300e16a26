(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_12 () Int)
(declare-fun phase_39 () Int)
(declare-fun phase_92 () Int)
(declare-fun phase_101 () Int)
(declare-fun phase_102 () Int)
(declare-fun phase_138 () Int)
(declare-fun phase_144 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_12 4))
(assert
 (= phase_39 8))
(assert
 (= phase_92 11))
(assert
 (= phase_101 14))
(assert
 (= phase_102 14))
(assert
 (= phase_138 18))
(assert
 (= phase_144 31))
(assert
 (let (($x26777 (> boundary 31)))
 (let ((?x19533 (ite $x26777 (- 1.0) 0.0)))
 (let (($x26050 (> boundary 19)))
 (let ((?x9988 (ite $x26050 1.0 0.0)))
 (let (($x1150 (= value_index 2)))
 (let (($x25573 (and (and $x1150 (and (distinct (+ ?x9988 ?x19533) 0.0) true)) (> (ite (> phase_144 phase_138) phase_144 phase_138) boundary))))
 (let (($x5094 (> phase_101 phase_92)))
 (let ((?x5103 (ite $x5094 phase_101 phase_92)))
 (let (($x16608 (> phase_102 ?x5103)))
 (let ((?x16676 (ite $x16608 phase_102 ?x5103)))
 (let ((?x34401 (+ (ite (> boundary 11) 1.0 0.0) (ite (> boundary 15) (- 1.0) 0.0))))
 (let (($x10788 (= value_index 1)))
 (let ((?x33013 (+ (ite (> boundary 5) 1.0 0.0) (ite (> boundary 9) (- 1.0) 0.0))))
 (let (($x10261 (= value_index 0)))
 (let (($x16985 (and (and $x10261 (and (distinct ?x33013 0.0) true)) (> (ite (> phase_39 phase_12) phase_39 phase_12) boundary))))
 (let (($x30743 (or $x16985 (and (and $x10788 (and (distinct ?x34401 0.0) true)) (> ?x16676 boundary)) $x25573)))
 (let (($x9344 (= boundary 9)))
 (let (($x6007 (= boundary 5)))
 (let (($x20642 (or $x6007 $x9344 (= boundary 11) (= boundary 15) (= boundary 19) (= boundary 31))))
 (and $x20642 $x30743)))))))))))))))))))))
(check-sat)
