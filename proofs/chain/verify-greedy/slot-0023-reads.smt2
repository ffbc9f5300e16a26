(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_204 () Int)
(declare-fun phase_205 () Int)
(declare-fun phase_206 () Int)
(declare-fun read_value () Real)
(declare-fun x_203 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_204 66))
(assert
 (= phase_205 66))
(assert
 (= phase_206 66))
(assert
 (let ((?x24563 (* (- 1.0) x_203)))
 (let (($x22172 (>= boundary 67)))
 (let ((?x27571 (ite $x22172 ?x24563 0.0)))
 (let (($x35878 (>= boundary 1)))
 (let ((?x22864 (ite $x35878 (* 1.0 x_203) 0.0)))
 (let ((?x11992 (+ ?x22864 ?x27571)))
 (let (($x17188 (= read_value x_203)))
 (let (($x23537 (and (and (= read_index 2) (not false)) (= boundary (- phase_206 1)))))
 (let (($x3867 (and (and (= read_index 1) (not false)) (= boundary (- phase_205 1)))))
 (let (($x30461 (and (and (= read_index 0) (not false)) (= boundary (- phase_204 1)))))
 (and (or (and $x30461 $x17188) (and $x3867 $x17188) (and $x23537 $x17188)) (and (distinct ?x11992 read_value) true)))))))))))))
(check-sat)
