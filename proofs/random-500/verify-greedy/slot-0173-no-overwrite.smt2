(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_156 () Int)
(declare-fun phase_207 () Int)
(declare-fun phase_341 () Int)
(declare-fun phase_387 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_156 11))
(assert
 (= phase_207 14))
(assert
 (= phase_341 19))
(assert
 (= phase_387 26))
(assert
 (let (($x123385 (> boundary 27)))
 (let ((?x27863 (ite $x123385 (- 1.0) 0.0)))
 (let (($x104434 (> boundary 19)))
 (let ((?x107024 (ite $x104434 1.0 0.0)))
 (let (($x45255 (= value_index 1)))
 (let (($x91423 (and (and $x45255 (and (distinct (+ ?x107024 ?x27863) 0.0) true)) (> (ite (> phase_387 phase_341) phase_387 phase_341) boundary))))
 (let ((?x64164 (+ (ite (> boundary 11) 1.0 0.0) (ite (> boundary 15) (- 1.0) 0.0))))
 (let (($x2642 (= value_index 0)))
 (let (($x91785 (and (and $x2642 (and (distinct ?x64164 0.0) true)) (> (ite (> phase_207 phase_156) phase_207 phase_156) boundary))))
 (let (($x98368 (= boundary 27)))
 (let (($x120607 (= boundary 19)))
 (let (($x70007 (= boundary 15)))
 (let (($x105617 (= boundary 11)))
 (let (($x109615 (or $x105617 $x70007 $x120607 $x98368)))
 (and $x109615 (or $x91785 $x91423)))))))))))))))))
(check-sat)
