(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_137 () Int)
(declare-fun phase_155 () Int)
(declare-fun phase_163 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_137 20))
(assert
 (= phase_155 22))
(assert
 (= phase_163 35))
(assert
 (let (($x5124 (> boundary 35)))
 (let ((?x5246 (ite $x5124 (- 1.0) 0.0)))
 (let (($x2493 (> boundary 23)))
 (let ((?x21462 (ite $x2493 1.0 0.0)))
 (let (($x10788 (= value_index 1)))
 (let (($x41754 (and (and $x10788 (and (distinct (+ ?x21462 ?x5246) 0.0) true)) (> (ite (> phase_163 phase_155) phase_163 phase_155) boundary))))
 (let ((?x11515 (+ (ite (> boundary (- 1)) 1.0 0.0) (ite (> boundary 21) (- 1.0) 0.0))))
 (let (($x10261 (= value_index 0)))
 (let (($x6625 (and (and $x10261 (and (distinct ?x11515 0.0) true)) (> (ite (> phase_137 (- 1)) phase_137 (- 1)) boundary))))
 (let (($x34288 (= boundary 35)))
 (let (($x40362 (= boundary (- 1))))
 (let (($x29964 (or $x40362 (= boundary 21) (= boundary 23) $x34288)))
 (and $x29964 (or $x6625 $x41754)))))))))))))))
(check-sat)
