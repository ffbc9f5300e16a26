(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_297 () Int)
(declare-fun phase_305 () Int)
(declare-fun phase_312 () Int)
(declare-fun phase_313 () Int)
(declare-fun phase_321 () Int)
(declare-fun read_value () Real)
(declare-fun x_332 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_297 14))
(assert
 (= phase_305 24))
(assert
 (= phase_312 15))
(assert
 (= phase_313 24))
(assert
 (= phase_321 24))
(assert
 (let ((?x71979 (* (- 1.0) x_332)))
 (let (($x95757 (>= boundary 25)))
 (let ((?x110152 (ite $x95757 ?x71979 0.0)))
 (let ((?x116282 (+ (ite (>= boundary 15) (* 1.0 x_332) 0.0) ?x110152)))
 (let (($x115585 (= read_value x_332)))
 (let (($x117876 (and (and (= read_index 3) (not false)) (= boundary (- phase_321 1)))))
 (let (($x107024 (and (and (= read_index 2) (not false)) (= boundary (- phase_313 1)))))
 (let (($x62806 (= read_index 1)))
 (let (($x3507 (and (and $x62806 (not (= phase_297 (- phase_312 1)))) (= boundary (- phase_312 2)))))
 (let (($x112680 (and (and (= read_index 0) (not false)) (= boundary (- phase_305 1)))))
 (let (($x111965 (or (and $x112680 $x115585) (and $x3507 $x115585) (and $x107024 $x115585) (and $x117876 $x115585))))
 (and $x111965 (and (distinct ?x116282 read_value) true))))))))))))))
(check-sat)
