(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_34 () Int)
(declare-fun phase_35 () Int)
(declare-fun phase_36 () Int)
(declare-fun phase_49 () Int)
(declare-fun phase_50 () Int)
(declare-fun phase_51 () Int)
(declare-fun phase_107 () Int)
(declare-fun phase_111 () Int)
(declare-fun phase_126 () Int)
(declare-fun phase_129 () Int)
(declare-fun phase_131 () Int)
(declare-fun read_value () Real)
(declare-fun x_149 () Real)
(declare-fun boundary () Int)
(declare-fun x_30 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_34 2))
(assert
 (= phase_35 2))
(assert
 (= phase_36 2))
(assert
 (= phase_49 2))
(assert
 (= phase_50 2))
(assert
 (= phase_51 2))
(assert
 (= phase_107 2))
(assert
 (= phase_111 4))
(assert
 (= phase_126 4))
(assert
 (= phase_129 4))
(assert
 (= phase_131 10))
(assert
 (let ((?x31366 (* (- 1.0) x_149)))
 (let (($x19148 (>= boundary 11)))
 (let ((?x31439 (ite $x19148 ?x31366 0.0)))
 (let (($x18882 (>= boundary 9)))
 (let ((?x28417 (ite $x18882 (* 1.0 x_149) 0.0)))
 (let ((?x18508 (* (- 1.0) x_30)))
 (let (($x36784 (>= boundary 5)))
 (let ((?x18900 (ite $x36784 ?x18508 0.0)))
 (let (($x45349 (>= boundary 1)))
 (let ((?x15801 (ite $x45349 (* 1.0 x_30) 0.0)))
 (let ((?x43020 (+ ?x15801 ?x18900 ?x28417 ?x31439)))
 (let (($x5880 (= read_value x_149)))
 (let (($x1807 (and (and (= read_index 10) (not false)) (= boundary (- phase_131 1)))))
 (let (($x15866 (= read_value x_30)))
 (let (($x3328 (and (and (= read_index 9) (not false)) (= boundary (- phase_129 1)))))
 (let (($x8675 (and (and (= read_index 8) (not false)) (= boundary (- phase_126 1)))))
 (let (($x50913 (and (and (= read_index 7) (not false)) (= boundary (- phase_111 1)))))
 (let (($x50420 (and (and (= read_index 6) (not false)) (= boundary (- phase_107 1)))))
 (let (($x35229 (and (and (= read_index 5) (not false)) (= boundary (- phase_51 1)))))
 (let (($x51298 (and (and (= read_index 4) (not false)) (= boundary (- phase_50 1)))))
 (let (($x10665 (and (and (= read_index 3) (not false)) (= boundary (- phase_49 1)))))
 (let (($x51219 (and (and (= read_index 2) (not false)) (= boundary (- phase_36 1)))))
 (let (($x42875 (and (and (= read_index 1) (not false)) (= boundary (- phase_35 1)))))
 (let (($x15019 (and (and (= read_index 0) (not false)) (= boundary (- phase_34 1)))))
 (let (($x5023 (or (and $x15019 $x15866) (and $x42875 $x15866) (and $x51219 $x15866) (and $x10665 $x15866) (and $x51298 $x15866) (and $x35229 $x15866) (and $x50420 $x15866) (and $x50913 $x15866) (and $x8675 $x15866) (and $x3328 $x15866) (and $x1807 $x5880))))
 (and $x5023 (and (distinct ?x43020 read_value) true))))))))))))))))))))))))))))
(check-sat)
