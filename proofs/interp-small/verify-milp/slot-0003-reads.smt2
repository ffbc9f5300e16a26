(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_12 () Int)
(declare-fun phase_38 () Int)
(declare-fun phase_39 () Int)
(declare-fun phase_40 () Int)
(declare-fun phase_137 () Int)
(declare-fun read_value () Real)
(declare-fun x_3 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_12 4))
(assert
 (= phase_38 24))
(assert
 (= phase_39 8))
(assert
 (= phase_40 8))
(assert
 (= phase_137 20))
(assert
 (let ((?x59507 (* 1.0 x_3)))
 (let (($x46572 (>= boundary (- 1))))
 (let ((?x996 (ite $x46572 ?x59507 0.0)))
 (let (($x6697 (= read_value x_3)))
 (let (($x14312 (and (and (= read_index 4) (not false)) (= boundary (- phase_137 1)))))
 (let (($x1103 (and (and (= read_index 3) (not false)) (= boundary (- phase_40 1)))))
 (let (($x22237 (and (and (= read_index 2) (not false)) (= boundary (- phase_39 1)))))
 (let (($x5201 (and (and (= read_index 1) (not false)) (= boundary (- phase_38 1)))))
 (let (($x19767 (and (and (= read_index 0) (not false)) (= boundary (- phase_12 1)))))
 (let (($x23490 (or (and $x19767 $x6697) (and $x5201 $x6697) (and $x22237 $x6697) (and $x1103 $x6697) (and $x14312 $x6697))))
 (and $x23490 (and (distinct ?x996 read_value) true)))))))))))))
(check-sat)
