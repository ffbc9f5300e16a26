(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_34 () Int)
(declare-fun phase_158 () Int)
(declare-fun phase_170 () Int)
(declare-fun phase_179 () Int)
(declare-fun phase_188 () Int)
(declare-fun phase_191 () Int)
(declare-fun read_value () Real)
(declare-fun x_73 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_34 6))
(assert
 (= phase_158 34))
(assert
 (= phase_170 34))
(assert
 (= phase_179 34))
(assert
 (= phase_188 34))
(assert
 (= phase_191 7))
(assert
 (let ((?x33420 (* (- 1.0) x_73)))
 (let (($x16479 (>= boundary 35)))
 (let ((?x34461 (ite $x16479 ?x33420 0.0)))
 (let ((?x34468 (+ (ite (>= boundary 7) (* 1.0 x_73) 0.0) ?x34461)))
 (let (($x36500 (= read_value x_73)))
 (let (($x52452 (= read_index 4)))
 (let (($x22409 (and (and $x52452 (not (= phase_34 (- phase_191 1)))) (= boundary (- phase_191 2)))))
 (let (($x22890 (and (and (= read_index 3) (not false)) (= boundary (- phase_188 1)))))
 (let (($x17532 (and (and (= read_index 2) (not false)) (= boundary (- phase_179 1)))))
 (let (($x10396 (and (and (= read_index 1) (not false)) (= boundary (- phase_170 1)))))
 (let (($x35807 (and (and (= read_index 0) (not false)) (= boundary (- phase_158 1)))))
 (let (($x19439 (or (and $x35807 $x36500) (and $x10396 $x36500) (and $x17532 $x36500) (and $x22890 $x36500) (and $x22409 $x36500))))
 (and $x19439 (and (distinct ?x34468 read_value) true)))))))))))))))
(check-sat)
