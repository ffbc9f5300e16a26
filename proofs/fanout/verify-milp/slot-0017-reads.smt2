(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_8 () Int)
(declare-fun phase_44 () Int)
(declare-fun phase_81 () Int)
(declare-fun phase_118 () Int)
(declare-fun phase_155 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_24 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_8 2))
(assert
 (= phase_44 6))
(assert
 (= phase_81 10))
(assert
 (= phase_118 6))
(assert
 (= phase_155 10))
(assert
 (= phase_282 11))
(assert
 (let ((?x26465 (* (- 1.0) x_24)))
 (let (($x17940 (>= boundary 11)))
 (let ((?x26966 (ite $x17940 ?x26465 0.0)))
 (let ((?x39841 (+ (ite (>= boundary 3) (* 1.0 x_24) 0.0) ?x26966)))
 (let (($x93357 (= read_value x_24)))
 (let (($x18649 (and (and (= read_index 4) (not (= phase_8 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x39837 (and (and (= read_index 3) (not false)) (= boundary (- phase_155 1)))))
 (let (($x12711 (and (and (= read_index 2) (not false)) (= boundary (- phase_118 1)))))
 (let (($x25424 (and (and (= read_index 1) (not false)) (= boundary (- phase_81 1)))))
 (let (($x78981 (and (and (= read_index 0) (not false)) (= boundary (- phase_44 1)))))
 (let (($x26189 (or (and $x78981 $x93357) (and $x25424 $x93357) (and $x12711 $x93357) (and $x39837 $x93357) (and $x18649 $x93357))))
 (and $x26189 (and (distinct ?x39841 read_value) true))))))))))))))
(check-sat)
