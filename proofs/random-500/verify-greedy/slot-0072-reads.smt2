(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_41 () Int)
(declare-fun phase_93 () Int)
(declare-fun phase_95 () Int)
(declare-fun phase_157 () Int)
(declare-fun phase_187 () Int)
(declare-fun phase_188 () Int)
(declare-fun phase_259 () Int)
(declare-fun phase_355 () Int)
(declare-fun phase_447 () Int)
(declare-fun read_value () Real)
(declare-fun x_489 () Real)
(declare-fun boundary () Int)
(declare-fun x_59 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_41 2))
(assert
 (= phase_93 6))
(assert
 (= phase_95 3))
(assert
 (= phase_157 12))
(assert
 (= phase_187 10))
(assert
 (= phase_188 10))
(assert
 (= phase_259 16))
(assert
 (= phase_355 28))
(assert
 (= phase_447 27))
(assert
 (let ((?x110429 (* 1.0 x_489)))
 (let (($x23693 (>= boundary 31)))
 (let ((?x110825 (ite $x23693 ?x110429 0.0)))
 (let ((?x108800 (* (- 1.0) x_59)))
 (let (($x39154 (>= boundary 29)))
 (let ((?x109472 (ite $x39154 ?x108800 0.0)))
 (let (($x98952 (>= boundary 3)))
 (let ((?x66365 (ite $x98952 (* 1.0 x_59) 0.0)))
 (let ((?x115432 (+ ?x66365 ?x109472 ?x110825)))
 (let (($x110284 (= read_value x_489)))
 (let (($x104324 (= read_value x_59)))
 (let (($x136544 (= read_index 7)))
 (let (($x111992 (and (and $x136544 (not (= phase_41 (- phase_447 1)))) (= boundary (- phase_447 2)))))
 (let (($x126870 (and (and (= read_index 6) (not false)) (= boundary (- phase_355 1)))))
 (let (($x87336 (and (and (= read_index 5) (not false)) (= boundary (- phase_259 1)))))
 (let (($x104101 (and (and (= read_index 4) (not false)) (= boundary (- phase_188 1)))))
 (let (($x106478 (and (and (= read_index 3) (not false)) (= boundary (- phase_187 1)))))
 (let (($x29451 (and (and (= read_index 2) (not false)) (= boundary (- phase_157 1)))))
 (let (($x45245 (and (and (= read_index 1) (not (= phase_41 (- phase_95 1)))) (= boundary (- phase_95 2)))))
 (let (($x94464 (and (and (= read_index 0) (not false)) (= boundary (- phase_93 1)))))
 (let (($x115198 (or (and $x94464 $x104324) (and $x45245 $x104324) (and $x29451 $x104324) (and $x106478 $x104324) (and $x104101 $x104324) (and $x87336 $x104324) (and $x126870 $x104324) (and $x111992 $x104324) (and (and (= read_index 8) (= boundary 39)) $x110284))))
 (and $x115198 (and (distinct ?x115432 read_value) true))))))))))))))))))))))))
(check-sat)
