(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_300 () Int)
(declare-fun phase_320 () Int)
(declare-fun phase_333 () Int)
(declare-fun read_value () Real)
(declare-fun x_317 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_300 17))
(assert
 (= phase_320 17))
(assert
 (= phase_333 23))
(assert
 (let ((?x126734 (* (- 1.0) x_317)))
 (let (($x113435 (>= boundary 23)))
 (let ((?x127726 (ite $x113435 ?x126734 0.0)))
 (let ((?x45097 (+ (ite (>= boundary 15) (* 1.0 x_317) 0.0) ?x127726)))
 (let (($x126887 (= read_value x_317)))
 (let (($x41508 (and (and (= read_index 2) (not false)) (= boundary (- phase_333 2)))))
 (let (($x12248 (and (and (= read_index 1) (not false)) (= boundary (- phase_320 2)))))
 (let (($x124898 (and (and (= read_index 0) (not false)) (= boundary (- phase_300 2)))))
 (and (or (and $x124898 $x126887) (and $x12248 $x126887) (and $x41508 $x126887)) (and (distinct ?x45097 read_value) true)))))))))))
(check-sat)
