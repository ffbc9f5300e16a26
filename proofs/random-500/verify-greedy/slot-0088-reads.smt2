(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_114 () Int)
(declare-fun phase_127 () Int)
(declare-fun phase_168 () Int)
(declare-fun phase_398 () Int)
(declare-fun read_value () Real)
(declare-fun x_506 () Real)
(declare-fun boundary () Int)
(declare-fun x_115 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_114 8))
(assert
 (= phase_127 6))
(assert
 (= phase_168 12))
(assert
 (= phase_398 28))
(assert
 (let ((?x92365 (* (- 1.0) x_115)))
 (let (($x39154 (>= boundary 29)))
 (let ((?x110901 (ite $x39154 ?x92365 0.0)))
 (let ((?x33567 (+ (ite (>= boundary 3) (* 1.0 x_115) 0.0) ?x110901 (ite (>= boundary 31) (* 1.0 x_506) 0.0))))
 (let (($x94233 (= read_value x_506)))
 (let (($x113632 (= read_value x_115)))
 (let (($x127945 (and (and (= read_index 3) (not false)) (= boundary (- phase_398 1)))))
 (let (($x115900 (and (and (= read_index 2) (not false)) (= boundary (- phase_168 1)))))
 (let (($x46316 (and (and (= read_index 1) (not false)) (= boundary (- phase_127 1)))))
 (let (($x113593 (and (and (= read_index 0) (not false)) (= boundary (- phase_114 1)))))
 (let (($x7361 (or (and $x113593 $x113632) (and $x46316 $x113632) (and $x115900 $x113632) (and $x127945 $x113632) (and (and (= read_index 4) (= boundary 39)) $x94233))))
 (and $x7361 (and (distinct ?x33567 read_value) true))))))))))))))
(check-sat)
