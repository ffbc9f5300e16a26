(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_79 () Int)
(declare-fun phase_80 () Int)
(declare-fun phase_81 () Int)
(declare-fun phase_82 () Int)
(declare-fun read_value () Real)
(declare-fun x_85 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_79 0))
(assert
 (= phase_80 26))
(assert
 (= phase_81 26))
(assert
 (= phase_82 27))
(assert
 (let ((?x12692 (* (- 1.0) x_85)))
 (let (($x3537 (>= boundary 27)))
 (let ((?x20842 (ite $x3537 ?x12692 0.0)))
 (let (($x35878 (>= boundary 1)))
 (let ((?x12253 (ite $x35878 (* 1.0 x_85) 0.0)))
 (let ((?x23084 (+ ?x12253 ?x20842)))
 (let (($x20432 (= read_value x_85)))
 (let (($x17025 (and (and (= read_index 2) (not (= phase_79 (- phase_82 1)))) (= boundary (- phase_82 2)))))
 (let (($x1975 (and (and (= read_index 1) (not false)) (= boundary (- phase_81 1)))))
 (let (($x26931 (and (and (= read_index 0) (not false)) (= boundary (- phase_80 1)))))
 (and (or (and $x26931 $x20432) (and $x1975 $x20432) (and $x17025 $x20432)) (and (distinct ?x23084 read_value) true)))))))))))))
(check-sat)
