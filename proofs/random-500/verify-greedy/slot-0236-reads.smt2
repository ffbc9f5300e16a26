(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_370 () Int)
(declare-fun phase_377 () Int)
(declare-fun phase_382 () Int)
(declare-fun phase_397 () Int)
(declare-fun phase_477 () Int)
(declare-fun read_value () Real)
(declare-fun x_350 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_370 16))
(assert
 (= phase_377 26))
(assert
 (= phase_382 22))
(assert
 (= phase_397 28))
(assert
 (= phase_477 38))
(assert
 (let ((?x104764 (* (- 1.0) x_350)))
 (let (($x86258 (>= boundary 39)))
 (let ((?x108878 (ite $x86258 ?x104764 0.0)))
 (let ((?x111025 (+ (ite (>= boundary 15) (* 1.0 x_350) 0.0) ?x108878)))
 (let (($x109348 (= read_value x_350)))
 (let (($x105414 (and (and (= read_index 4) (not false)) (= boundary (- phase_477 1)))))
 (let (($x126798 (and (and (= read_index 3) (not false)) (= boundary (- phase_397 1)))))
 (let (($x31349 (and (and (= read_index 2) (not false)) (= boundary (- phase_382 1)))))
 (let (($x81948 (and (and (= read_index 1) (not false)) (= boundary (- phase_377 1)))))
 (let (($x107036 (and (and (= read_index 0) (not false)) (= boundary (- phase_370 1)))))
 (let (($x83861 (or (and $x107036 $x109348) (and $x81948 $x109348) (and $x31349 $x109348) (and $x126798 $x109348) (and $x105414 $x109348))))
 (and $x83861 (and (distinct ?x111025 read_value) true))))))))))))))
(check-sat)
