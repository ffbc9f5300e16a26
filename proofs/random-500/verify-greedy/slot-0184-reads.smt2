(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_187 () Int)
(declare-fun phase_200 () Int)
(declare-fun phase_216 () Int)
(declare-fun phase_217 () Int)
(declare-fun phase_242 () Int)
(declare-fun phase_246 () Int)
(declare-fun phase_327 () Int)
(declare-fun phase_412 () Int)
(declare-fun read_value () Real)
(declare-fun x_217 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_187 10))
(assert
 (= phase_200 11))
(assert
 (= phase_216 14))
(assert
 (= phase_217 16))
(assert
 (= phase_242 14))
(assert
 (= phase_246 12))
(assert
 (= phase_327 24))
(assert
 (= phase_412 31))
(assert
 (let ((?x110830 (* (- 1.0) x_217)))
 (let (($x23693 (>= boundary 31)))
 (let ((?x110857 (ite $x23693 ?x110830 0.0)))
 (let ((?x111264 (+ (ite (>= boundary 11) (* 1.0 x_217) 0.0) ?x110857)))
 (let (($x110882 (= read_value x_217)))
 (let (($x62300 (= read_index 6)))
 (let (($x91848 (and (and $x62300 (not (= phase_187 (- phase_412 1)))) (= boundary (- phase_412 2)))))
 (let (($x43840 (and (and (= read_index 5) (not false)) (= boundary (- phase_327 1)))))
 (let (($x108636 (and (and (= read_index 4) (not false)) (= boundary (- phase_246 1)))))
 (let (($x83853 (and (and (= read_index 3) (not false)) (= boundary (- phase_242 1)))))
 (let (($x110674 (and (and (= read_index 2) (not false)) (= boundary (- phase_217 1)))))
 (let (($x115330 (and (and (= read_index 1) (not false)) (= boundary (- phase_216 1)))))
 (let (($x59209 (= read_index 0)))
 (let (($x110761 (and (and $x59209 (not (= phase_187 (- phase_200 1)))) (= boundary (- phase_200 2)))))
 (let (($x125571 (or (and $x110761 $x110882) (and $x115330 $x110882) (and $x110674 $x110882) (and $x83853 $x110882) (and $x108636 $x110882) (and $x43840 $x110882) (and $x91848 $x110882))))
 (and $x125571 (and (distinct ?x111264 read_value) true))))))))))))))))))
(check-sat)
