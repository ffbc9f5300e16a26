(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_212 () Int)
(declare-fun phase_213 () Int)
(declare-fun phase_214 () Int)
(declare-fun read_value () Real)
(declare-fun x_205 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_212 74))
(assert
 (= phase_213 74))
(assert
 (= phase_214 74))
(assert
 (let ((?x24309 (* (- 1.0) x_205)))
 (let (($x7194 (>= boundary 75)))
 (let ((?x24403 (ite $x7194 ?x24309 0.0)))
 (let ((?x36778 (+ (ite (>= boundary 1) (* 1.0 x_205) 0.0) ?x24403)))
 (let (($x21911 (= read_value x_205)))
 (let (($x9899 (and (and (= read_index 2) (not false)) (= boundary (- phase_214 1)))))
 (let (($x19980 (and (and (= read_index 1) (not false)) (= boundary (- phase_213 1)))))
 (let (($x31917 (and (and (= read_index 0) (not false)) (= boundary (- phase_212 1)))))
 (and (or (and $x31917 $x21911) (and $x19980 $x21911) (and $x9899 $x21911)) (and (distinct ?x36778 read_value) true)))))))))))
(check-sat)
