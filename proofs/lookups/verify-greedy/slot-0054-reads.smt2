(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_103 () Int)
(declare-fun phase_104 () Int)
(declare-fun read_value () Real)
(declare-fun x_119 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_103 6))
(assert
 (= phase_104 6))
(assert
 (let ((?x51057 (* (- 1.0) x_119)))
 (let (($x13067 (>= boundary 7)))
 (let ((?x52409 (ite $x13067 ?x51057 0.0)))
 (let ((?x51099 (+ (ite (>= boundary 3) (* 1.0 x_119) 0.0) ?x52409)))
 (let (($x18020 (= read_value x_119)))
 (let (($x7719 (and (and (= read_index 1) (not false)) (= boundary (- phase_104 1)))))
 (let (($x50860 (and (and (= read_index 0) (not false)) (= boundary (- phase_103 1)))))
 (and (or (and $x50860 $x18020) (and $x7719 $x18020)) (and (distinct ?x51099 read_value) true))))))))))
(check-sat)
