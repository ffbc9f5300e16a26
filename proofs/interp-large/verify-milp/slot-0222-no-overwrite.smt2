(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_682 () Int)
(declare-fun phase_706 () Int)
(declare-fun phase_970 () Int)
(declare-fun phase_977 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_682 27))
(assert
 (= phase_706 36))
(assert
 (= phase_970 38))
(assert
 (= phase_977 51))
(assert
 (let (($x78362 (> boundary 51)))
 (let ((?x92269 (ite $x78362 (- 1.0) 0.0)))
 (let (($x15573 (> boundary 39)))
 (let ((?x98422 (ite $x15573 1.0 0.0)))
 (let (($x226158 (= value_index 1)))
 (let (($x77128 (and (and $x226158 (and (distinct (+ ?x98422 ?x92269) 0.0) true)) (> (ite (> phase_977 phase_970) phase_977 phase_970) boundary))))
 (let ((?x142063 (+ (ite (> boundary 27) 1.0 0.0) (ite (> boundary 37) (- 1.0) 0.0))))
 (let (($x4299 (= value_index 0)))
 (let (($x49654 (and (and $x4299 (and (distinct ?x142063 0.0) true)) (> (ite (> phase_706 phase_682) phase_706 phase_682) boundary))))
 (let (($x13847 (= boundary 51)))
 (let (($x191549 (= boundary 39)))
 (let (($x32177 (= boundary 37)))
 (let (($x125547 (= boundary 27)))
 (let (($x29142 (or $x125547 $x32177 $x191549 $x13847)))
 (and $x29142 (or $x49654 $x77128)))))))))))))))))
(check-sat)
