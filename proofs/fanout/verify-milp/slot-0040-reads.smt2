(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_31 () Int)
(declare-fun phase_67 () Int)
(declare-fun phase_104 () Int)
(declare-fun phase_141 () Int)
(declare-fun phase_178 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_47 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_31 2))
(assert
 (= phase_67 6))
(assert
 (= phase_104 10))
(assert
 (= phase_141 6))
(assert
 (= phase_178 10))
(assert
 (= phase_282 11))
(assert
 (let ((?x27555 (* (- 1.0) x_47)))
 (let (($x17940 (>= boundary 11)))
 (let ((?x41902 (ite $x17940 ?x27555 0.0)))
 (let (($x13403 (>= boundary 3)))
 (let ((?x7923 (ite $x13403 (* 1.0 x_47) 0.0)))
 (let ((?x51567 (+ ?x7923 ?x41902)))
 (let (($x44059 (= read_value x_47)))
 (let (($x41365 (= read_index 4)))
 (let (($x23949 (and (and $x41365 (not (= phase_31 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x62334 (and (and (= read_index 3) (not false)) (= boundary (- phase_178 1)))))
 (let (($x22333 (and (and (= read_index 2) (not false)) (= boundary (- phase_141 1)))))
 (let (($x21711 (and (and (= read_index 1) (not false)) (= boundary (- phase_104 1)))))
 (let (($x43967 (and (and (= read_index 0) (not false)) (= boundary (- phase_67 1)))))
 (let (($x72269 (or (and $x43967 $x44059) (and $x21711 $x44059) (and $x22333 $x44059) (and $x62334 $x44059) (and $x23949 $x44059))))
 (and $x72269 (and (distinct ?x51567 read_value) true)))))))))))))))))
(check-sat)
