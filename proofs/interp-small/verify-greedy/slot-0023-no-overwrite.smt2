(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_84 () Int)
(declare-fun phase_137 () Int)
(declare-fun phase_157 () Int)
(declare-fun phase_163 () Int)
(declare-fun phase_184 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_84 23))
(assert
 (= phase_137 20))
(assert
 (= phase_157 30))
(assert
 (= phase_163 35))
(assert
 (= phase_184 26))
(assert
 (let (($x2584 (> boundary 35)))
 (let ((?x6244 (ite $x2584 (- 1.0) 0.0)))
 (let (($x21451 (> boundary 31)))
 (let ((?x15330 (ite $x21451 1.0 0.0)))
 (let (($x1150 (= value_index 2)))
 (let (($x22358 (and (and $x1150 (and (distinct (+ ?x15330 ?x6244) 0.0) true)) (> (ite (> phase_163 phase_157) phase_163 phase_157) boundary))))
 (let ((?x5480 (+ (ite (> boundary 23) 1.0 0.0) (ite (> boundary 27) (- 1.0) 0.0))))
 (let (($x10788 (= value_index 1)))
 (let (($x38839 (and (and $x10788 (and (distinct ?x5480 0.0) true)) (> (ite (> phase_184 phase_84) phase_184 phase_84) boundary))))
 (let ((?x4657 (+ (ite (> boundary (- 1)) 1.0 0.0) (ite (> boundary 21) (- 1.0) 0.0))))
 (let (($x10261 (= value_index 0)))
 (let (($x15730 (and (and $x10261 (and (distinct ?x4657 0.0) true)) (> (ite (> phase_137 (- 1)) phase_137 (- 1)) boundary))))
 (let (($x34288 (= boundary 35)))
 (let (($x40362 (= boundary (- 1))))
 (let (($x19726 (or $x40362 (= boundary 21) (= boundary 23) (= boundary 27) (= boundary 31) $x34288)))
 (and $x19726 (or $x15730 $x38839 $x22358))))))))))))))))))
(check-sat)
