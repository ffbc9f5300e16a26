(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_31 () Int)
(declare-fun phase_32 () Int)
(declare-fun phase_33 () Int)
(declare-fun phase_41 () Int)
(declare-fun phase_42 () Int)
(declare-fun phase_43 () Int)
(declare-fun read_value () Real)
(declare-fun x_36 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_31 14))
(assert
 (= phase_32 14))
(assert
 (= phase_33 15))
(assert
 (= phase_41 14))
(assert
 (= phase_42 14))
(assert
 (= phase_43 15))
(assert
 (let ((?x8157 (* (- 1.0) x_36)))
 (let (($x21343 (>= boundary 15)))
 (let ((?x17292 (ite $x21343 ?x8157 0.0)))
 (let ((?x21846 (+ (ite (>= boundary 11) (* 1.0 x_36) 0.0) ?x17292)))
 (let (($x24809 (= read_value x_36)))
 (let (($x27069 (and (and (= read_index 5) (not false)) (= boundary (- phase_43 2)))))
 (let (($x41864 (and (and (= read_index 4) (not false)) (= boundary (- phase_42 1)))))
 (let (($x17354 (and (and (= read_index 3) (not false)) (= boundary (- phase_41 1)))))
 (let (($x4805 (and (and (= read_index 2) (not false)) (= boundary (- phase_33 2)))))
 (let (($x26211 (and (and (= read_index 1) (not false)) (= boundary (- phase_32 1)))))
 (let (($x24771 (and (and (= read_index 0) (not false)) (= boundary (- phase_31 1)))))
 (let (($x20302 (or (and $x24771 $x24809) (and $x26211 $x24809) (and $x4805 $x24809) (and $x17354 $x24809) (and $x41864 $x24809) (and $x27069 $x24809))))
 (and $x20302 (and (distinct ?x21846 read_value) true)))))))))))))))
(check-sat)
