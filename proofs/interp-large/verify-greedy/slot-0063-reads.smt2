(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_53 () Int)
(declare-fun phase_951 () Int)
(declare-fun phase_978 () Int)
(declare-fun read_value () Real)
(declare-fun x_71 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_53 10))
(assert
 (= phase_951 50))
(assert
 (= phase_978 10))
(assert
 (let ((?x157565 (* (- 1.0) x_71)))
 (let (($x251235 (>= boundary 51)))
 (let ((?x183994 (ite $x251235 ?x157565 0.0)))
 (let ((?x126114 (+ (ite (>= boundary 5) (* 1.0 x_71) 0.0) ?x183994)))
 (let (($x274641 (= read_value x_71)))
 (let (($x101923 (and (and (= read_index 2) (not false)) (= boundary (- phase_978 1)))))
 (let (($x286895 (and (and (= read_index 1) (not false)) (= boundary (- phase_951 1)))))
 (let (($x186800 (and (and (= read_index 0) (not false)) (= boundary (- phase_53 1)))))
 (and (or (and $x186800 $x274641) (and $x286895 $x274641) (and $x101923 $x274641)) (and (distinct ?x126114 read_value) true)))))))))))
(check-sat)
