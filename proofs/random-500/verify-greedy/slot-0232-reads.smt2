(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_316 () Int)
(declare-fun phase_317 () Int)
(declare-fun read_value () Real)
(declare-fun x_329 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_316 24))
(assert
 (= phase_317 21))
(assert
 (let ((?x115228 (* (- 1.0) x_329)))
 (let (($x95757 (>= boundary 25)))
 (let ((?x86157 (ite $x95757 ?x115228 0.0)))
 (let ((?x63702 (+ (ite (>= boundary 15) (* 1.0 x_329) 0.0) ?x86157)))
 (let (($x78461 (= read_value x_329)))
 (let (($x131991 (and (and (= read_index 1) (not false)) (= boundary (- phase_317 2)))))
 (let (($x44826 (and (and (= read_index 0) (not false)) (= boundary (- phase_316 1)))))
 (and (or (and $x44826 $x78461) (and $x131991 $x78461)) (and (distinct ?x63702 read_value) true))))))))))
(check-sat)
