(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_29 () Int)
(declare-fun phase_156 () Int)
(declare-fun phase_168 () Int)
(declare-fun phase_177 () Int)
(declare-fun phase_186 () Int)
(declare-fun phase_191 () Int)
(declare-fun read_value () Real)
(declare-fun x_68 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_29 6))
(assert
 (= phase_156 30))
(assert
 (= phase_168 30))
(assert
 (= phase_177 30))
(assert
 (= phase_186 30))
(assert
 (= phase_191 7))
(assert
 (let ((?x17118 (* (- 1.0) x_68)))
 (let (($x37324 (>= boundary 31)))
 (let ((?x19781 (ite $x37324 ?x17118 0.0)))
 (let (($x28505 (>= boundary 7)))
 (let ((?x14990 (ite $x28505 (* 1.0 x_68) 0.0)))
 (let ((?x22927 (+ ?x14990 ?x19781)))
 (let (($x34416 (= read_value x_68)))
 (let (($x52452 (= read_index 4)))
 (let (($x49455 (and (and $x52452 (not (= phase_29 (- phase_191 1)))) (= boundary (- phase_191 2)))))
 (let (($x19417 (and (and (= read_index 3) (not false)) (= boundary (- phase_186 1)))))
 (let (($x34454 (and (and (= read_index 2) (not false)) (= boundary (- phase_177 1)))))
 (let (($x5181 (and (and (= read_index 1) (not false)) (= boundary (- phase_168 1)))))
 (let (($x34260 (and (and (= read_index 0) (not false)) (= boundary (- phase_156 1)))))
 (let (($x21993 (or (and $x34260 $x34416) (and $x5181 $x34416) (and $x34454 $x34416) (and $x19417 $x34416) (and $x49455 $x34416))))
 (and $x21993 (and (distinct ?x22927 read_value) true)))))))))))))))))
(check-sat)
