(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_30 () Int)
(declare-fun phase_66 () Int)
(declare-fun phase_103 () Int)
(declare-fun phase_140 () Int)
(declare-fun phase_177 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_46 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_30 2))
(assert
 (= phase_66 6))
(assert
 (= phase_103 6))
(assert
 (= phase_140 10))
(assert
 (= phase_177 10))
(assert
 (= phase_282 3))
(assert
 (let ((?x21988 (* (- 1.0) x_46)))
 (let (($x18406 (>= boundary 11)))
 (let ((?x28970 (ite $x18406 ?x21988 0.0)))
 (let ((?x60604 (+ (ite (>= boundary 3) (* 1.0 x_46) 0.0) ?x28970)))
 (let (($x64603 (= read_value x_46)))
 (let (($x105111 (= read_index 4)))
 (let (($x27819 (and (and $x105111 (not (= phase_30 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x11546 (and (and (= read_index 3) (not false)) (= boundary (- phase_177 1)))))
 (let (($x7758 (and (and (= read_index 2) (not false)) (= boundary (- phase_140 1)))))
 (let (($x84584 (and (and (= read_index 1) (not false)) (= boundary (- phase_103 1)))))
 (let (($x58613 (and (and (= read_index 0) (not false)) (= boundary (- phase_66 1)))))
 (let (($x20324 (or (and $x58613 $x64603) (and $x84584 $x64603) (and $x7758 $x64603) (and $x11546 $x64603) (and $x27819 $x64603))))
 (and $x20324 (and (distinct ?x60604 read_value) true)))))))))))))))
(check-sat)
