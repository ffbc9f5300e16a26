(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_709 () Int)
(declare-fun phase_710 () Int)
(declare-fun phase_711 () Int)
(declare-fun phase_712 () Int)
(declare-fun phase_713 () Int)
(declare-fun phase_714 () Int)
(declare-fun phase_715 () Int)
(declare-fun read_value () Real)
(declare-fun x_1010 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_709 22))
(assert
 (= phase_710 22))
(assert
 (= phase_711 22))
(assert
 (= phase_712 22))
(assert
 (= phase_713 22))
(assert
 (= phase_714 22))
(assert
 (= phase_715 22))
(assert
 (let ((?x56551 (* (- 1.0) x_1010)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x61056 (ite $x24162 ?x56551 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x51228 (ite $x208249 (* 1.0 x_1010) 0.0)))
 (let ((?x103444 (+ ?x51228 ?x61056)))
 (let (($x157506 (= read_value x_1010)))
 (let (($x221200 (and (and (= read_index 6) (not false)) (= boundary (- phase_715 1)))))
 (let (($x93105 (and (and (= read_index 5) (not false)) (= boundary (- phase_714 1)))))
 (let (($x112292 (and (and (= read_index 4) (not false)) (= boundary (- phase_713 1)))))
 (let (($x260118 (and (and (= read_index 3) (not false)) (= boundary (- phase_712 1)))))
 (let (($x88879 (and (and (= read_index 2) (not false)) (= boundary (- phase_711 1)))))
 (let (($x85874 (and (and (= read_index 1) (not false)) (= boundary (- phase_710 1)))))
 (let (($x90001 (and (and (= read_index 0) (not false)) (= boundary (- phase_709 1)))))
 (let (($x14322 (or (and $x90001 $x157506) (and $x85874 $x157506) (and $x88879 $x157506) (and $x260118 $x157506) (and $x112292 $x157506) (and $x93105 $x157506) (and $x221200 $x157506))))
 (and $x14322 (and (distinct ?x103444 read_value) true))))))))))))))))))
(check-sat)
