(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_27 () Int)
(declare-fun phase_63 () Int)
(declare-fun phase_100 () Int)
(declare-fun phase_137 () Int)
(declare-fun phase_174 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_43 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_27 2))
(assert
 (= phase_63 6))
(assert
 (= phase_100 10))
(assert
 (= phase_137 6))
(assert
 (= phase_174 10))
(assert
 (= phase_282 11))
(assert
 (let ((?x29242 (* (- 1.0) x_43)))
 (let (($x17940 (>= boundary 11)))
 (let ((?x44268 (ite $x17940 ?x29242 0.0)))
 (let (($x13403 (>= boundary 3)))
 (let ((?x27555 (ite $x13403 (* 1.0 x_43) 0.0)))
 (let ((?x62543 (+ ?x27555 ?x44268)))
 (let (($x48625 (= read_value x_43)))
 (let (($x41365 (= read_index 4)))
 (let (($x19519 (and (and $x41365 (not (= phase_27 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x24798 (and (and (= read_index 3) (not false)) (= boundary (- phase_174 1)))))
 (let (($x29899 (and (and (= read_index 2) (not false)) (= boundary (- phase_137 1)))))
 (let (($x17811 (and (and (= read_index 1) (not false)) (= boundary (- phase_100 1)))))
 (let (($x37697 (and (and (= read_index 0) (not false)) (= boundary (- phase_63 1)))))
 (let (($x11950 (or (and $x37697 $x48625) (and $x17811 $x48625) (and $x29899 $x48625) (and $x24798 $x48625) (and $x19519 $x48625))))
 (and $x11950 (and (distinct ?x62543 read_value) true)))))))))))))))))
(check-sat)
