(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_244 () Int)
(declare-fun phase_255 () Int)
(declare-fun phase_281 () Int)
(declare-fun phase_291 () Int)
(declare-fun read_value () Real)
(declare-fun x_276 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_244 14))
(assert
 (= phase_255 20))
(assert
 (= phase_281 17))
(assert
 (= phase_291 22))
(assert
 (let ((?x112422 (* (- 1.0) x_276)))
 (let (($x113435 (>= boundary 23)))
 (let ((?x129383 (ite $x113435 ?x112422 0.0)))
 (let ((?x60090 (+ (ite (>= boundary 15) (* 1.0 x_276) 0.0) ?x129383)))
 (let (($x22867 (= read_value x_276)))
 (let (($x127636 (and (and (= read_index 2) (not false)) (= boundary (- phase_291 1)))))
 (let (($x62806 (= read_index 1)))
 (let (($x119117 (and (and $x62806 (not (= phase_244 (- phase_281 1)))) (= boundary (- phase_281 2)))))
 (let (($x112016 (and (and (= read_index 0) (not false)) (= boundary (- phase_255 1)))))
 (and (or (and $x112016 $x22867) (and $x119117 $x22867) (and $x127636 $x22867)) (and (distinct ?x60090 read_value) true))))))))))))
(check-sat)
