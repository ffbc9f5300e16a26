(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_23 () Int)
(declare-fun phase_38 () Int)
(declare-fun phase_140 () Int)
(declare-fun phase_162 () Int)
(declare-fun phase_163 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_23 6))
(assert
 (= phase_38 4))
(assert
 (= phase_140 26))
(assert
 (= phase_162 30))
(assert
 (= phase_163 35))
(assert
 (let (($x22384 (> boundary 35)))
 (let ((?x6239 (ite $x22384 (- 1.0) 0.0)))
 (let (($x18909 (> boundary 31)))
 (let ((?x4177 (ite $x18909 1.0 0.0)))
 (let (($x1150 (= value_index 2)))
 (let (($x1337 (and (and $x1150 (and (distinct (+ ?x4177 ?x6239) 0.0) true)) (> (ite (> phase_163 phase_162) phase_163 phase_162) boundary))))
 (let ((?x12720 (+ (ite (> boundary 7) 1.0 0.0) (ite (> boundary 27) (- 1.0) 0.0))))
 (let (($x10788 (= value_index 1)))
 (let (($x6980 (and (and $x10788 (and (distinct ?x12720 0.0) true)) (> (ite (> phase_140 phase_23) phase_140 phase_23) boundary))))
 (let ((?x41949 (+ (ite (> boundary (- 1)) 1.0 0.0) (ite (> boundary 5) (- 1.0) 0.0))))
 (let (($x10261 (= value_index 0)))
 (let (($x5998 (and (and $x10261 (and (distinct ?x41949 0.0) true)) (> (ite (> phase_38 (- 1)) phase_38 (- 1)) boundary))))
 (let (($x34288 (= boundary 35)))
 (let (($x40362 (= boundary (- 1))))
 (let (($x22209 (or $x40362 (= boundary 5) (= boundary 7) (= boundary 27) (= boundary 31) $x34288)))
 (and $x22209 (or $x5998 $x6980 $x1337))))))))))))))))))
(check-sat)
