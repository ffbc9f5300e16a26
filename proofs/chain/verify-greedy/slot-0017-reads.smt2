(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_131 () Int)
(declare-fun phase_132 () Int)
(declare-fun phase_133 () Int)
(declare-fun phase_134 () Int)
(declare-fun read_value () Real)
(declare-fun x_137 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_131 0))
(assert
 (= phase_132 42))
(assert
 (= phase_133 42))
(assert
 (= phase_134 43))
(assert
 (let ((?x27273 (* (- 1.0) x_137)))
 (let (($x20905 (>= boundary 43)))
 (let ((?x27507 (ite $x20905 ?x27273 0.0)))
 (let ((?x3262 (+ (ite (>= boundary 1) (* 1.0 x_137) 0.0) ?x27507)))
 (let (($x15751 (= read_value x_137)))
 (let (($x38449 (= read_index 2)))
 (let (($x26038 (and (and $x38449 (not (= phase_131 (- phase_134 1)))) (= boundary (- phase_134 2)))))
 (let (($x4805 (and (and (= read_index 1) (not false)) (= boundary (- phase_133 1)))))
 (let (($x25422 (and (and (= read_index 0) (not false)) (= boundary (- phase_132 1)))))
 (and (or (and $x25422 $x15751) (and $x4805 $x15751) (and $x26038 $x15751)) (and (distinct ?x3262 read_value) true))))))))))))
(check-sat)
