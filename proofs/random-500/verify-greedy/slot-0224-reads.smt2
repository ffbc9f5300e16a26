(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_262 () Int)
(declare-fun phase_311 () Int)
(declare-fun phase_322 () Int)
(declare-fun phase_326 () Int)
(declare-fun phase_345 () Int)
(declare-fun read_value () Real)
(declare-fun x_294 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_262 14))
(assert
 (= phase_311 23))
(assert
 (= phase_322 15))
(assert
 (= phase_326 24))
(assert
 (= phase_345 24))
(assert
 (let ((?x109282 (* (- 1.0) x_294)))
 (let (($x95757 (>= boundary 25)))
 (let ((?x111253 (ite $x95757 ?x109282 0.0)))
 (let ((?x112186 (+ (ite (>= boundary 15) (* 1.0 x_294) 0.0) ?x111253)))
 (let (($x42689 (= read_value x_294)))
 (let (($x15600 (and (and (= read_index 3) (not false)) (= boundary (- phase_345 1)))))
 (let (($x12932 (and (and (= read_index 2) (not false)) (= boundary (- phase_326 1)))))
 (let (($x62806 (= read_index 1)))
 (let (($x115873 (and (and $x62806 (not (= phase_262 (- phase_322 1)))) (= boundary (- phase_322 2)))))
 (let (($x59209 (= read_index 0)))
 (let (($x109085 (and (and $x59209 (not (= phase_262 (- phase_311 1)))) (= boundary (- phase_311 2)))))
 (let (($x94244 (or (and $x109085 $x42689) (and $x115873 $x42689) (and $x12932 $x42689) (and $x15600 $x42689))))
 (and $x94244 (and (distinct ?x112186 read_value) true)))))))))))))))
(check-sat)
