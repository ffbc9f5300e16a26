(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_30 () Int)
(declare-fun phase_157 () Int)
(declare-fun phase_169 () Int)
(declare-fun phase_178 () Int)
(declare-fun phase_187 () Int)
(declare-fun phase_191 () Int)
(declare-fun read_value () Real)
(declare-fun x_69 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_30 6))
(assert
 (= phase_157 30))
(assert
 (= phase_169 30))
(assert
 (= phase_178 30))
(assert
 (= phase_187 30))
(assert
 (= phase_191 7))
(assert
 (let ((?x17664 (* (- 1.0) x_69)))
 (let (($x37324 (>= boundary 31)))
 (let ((?x17737 (ite $x37324 ?x17664 0.0)))
 (let (($x28505 (>= boundary 7)))
 (let ((?x5847 (ite $x28505 (* 1.0 x_69) 0.0)))
 (let ((?x22095 (+ ?x5847 ?x17737)))
 (let (($x25934 (= read_value x_69)))
 (let (($x52452 (= read_index 4)))
 (let (($x9436 (and (and $x52452 (not (= phase_30 (- phase_191 1)))) (= boundary (- phase_191 2)))))
 (let (($x14779 (and (and (= read_index 3) (not false)) (= boundary (- phase_187 1)))))
 (let (($x30717 (and (and (= read_index 2) (not false)) (= boundary (- phase_178 1)))))
 (let (($x32738 (and (and (= read_index 1) (not false)) (= boundary (- phase_169 1)))))
 (let (($x10523 (and (and (= read_index 0) (not false)) (= boundary (- phase_157 1)))))
 (let (($x4339 (or (and $x10523 $x25934) (and $x32738 $x25934) (and $x30717 $x25934) (and $x14779 $x25934) (and $x9436 $x25934))))
 (and $x4339 (and (distinct ?x22095 read_value) true)))))))))))))))))
(check-sat)
