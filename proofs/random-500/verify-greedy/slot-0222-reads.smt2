(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_301 () Int)
(declare-fun phase_308 () Int)
(declare-fun phase_313 () Int)
(declare-fun phase_316 () Int)
(declare-fun read_value () Real)
(declare-fun x_286 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_301 20))
(assert
 (= phase_308 18))
(assert
 (= phase_313 24))
(assert
 (= phase_316 24))
(assert
 (let ((?x115335 (* (- 1.0) x_286)))
 (let (($x95757 (>= boundary 25)))
 (let ((?x116987 (ite $x95757 ?x115335 0.0)))
 (let (($x39044 (>= boundary 15)))
 (let ((?x105514 (ite $x39044 (* 1.0 x_286) 0.0)))
 (let ((?x118148 (+ ?x105514 ?x116987)))
 (let (($x127378 (= read_value x_286)))
 (let (($x45391 (and (and (= read_index 3) (not false)) (= boundary (- phase_316 1)))))
 (let (($x115538 (and (and (= read_index 2) (not false)) (= boundary (- phase_313 1)))))
 (let (($x49750 (and (and (= read_index 1) (not false)) (= boundary (- phase_308 1)))))
 (let (($x117076 (and (and (= read_index 0) (not false)) (= boundary (- phase_301 1)))))
 (let (($x110296 (or (and $x117076 $x127378) (and $x49750 $x127378) (and $x115538 $x127378) (and $x45391 $x127378))))
 (and $x110296 (and (distinct ?x118148 read_value) true)))))))))))))))
(check-sat)
