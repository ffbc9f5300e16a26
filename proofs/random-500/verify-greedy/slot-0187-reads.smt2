(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_213 () Int)
(declare-fun phase_290 () Int)
(declare-fun phase_369 () Int)
(declare-fun phase_451 () Int)
(declare-fun phase_474 () Int)
(declare-fun phase_491 () Int)
(declare-fun phase_495 () Int)
(declare-fun read_value () Real)
(declare-fun x_458 () Real)
(declare-fun boundary () Int)
(declare-fun x_222 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_213 14))
(assert
 (= phase_290 18))
(assert
 (= phase_369 24))
(assert
 (= phase_451 34))
(assert
 (= phase_474 33))
(assert
 (= phase_491 30))
(assert
 (= phase_495 33))
(assert
 (let ((?x111958 (* (- 1.0) x_458)))
 (let (($x64524 (>= boundary 35)))
 (let ((?x127148 (ite $x64524 ?x111958 0.0)))
 (let ((?x98395 (* (- 1.0) x_222)))
 (let (($x95757 (>= boundary 25)))
 (let ((?x105420 (ite $x95757 ?x98395 0.0)))
 (let ((?x120421 (+ (ite (>= boundary 11) (* 1.0 x_222) 0.0) ?x105420 (ite (>= boundary 27) (* 1.0 x_458) 0.0) ?x127148)))
 (let (($x100777 (= read_value x_458)))
 (let (($x113674 (and (and (= read_index 6) (not false)) (= boundary (- phase_495 2)))))
 (let (($x114173 (and (and (= read_index 5) (not false)) (= boundary (- phase_491 1)))))
 (let (($x46589 (and (and (= read_index 4) (not false)) (= boundary (- phase_474 2)))))
 (let (($x46366 (and (and (= read_index 3) (not false)) (= boundary (- phase_451 1)))))
 (let (($x85273 (= read_value x_222)))
 (let (($x94095 (and (and (= read_index 2) (not false)) (= boundary (- phase_369 1)))))
 (let (($x103542 (and (and (= read_index 1) (not false)) (= boundary (- phase_290 1)))))
 (let (($x75195 (and (and (= read_index 0) (not false)) (= boundary (- phase_213 1)))))
 (let (($x21594 (or (and $x75195 $x85273) (and $x103542 $x85273) (and $x94095 $x85273) (and $x46366 $x100777) (and $x46589 $x100777) (and $x114173 $x100777) (and $x113674 $x100777))))
 (and $x21594 (and (distinct ?x120421 read_value) true))))))))))))))))))))
(check-sat)
