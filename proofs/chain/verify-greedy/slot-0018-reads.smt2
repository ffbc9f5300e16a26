(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_144 () Int)
(declare-fun phase_145 () Int)
(declare-fun phase_146 () Int)
(declare-fun phase_147 () Int)
(declare-fun read_value () Real)
(declare-fun x_150 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_144 0))
(assert
 (= phase_145 46))
(assert
 (= phase_146 46))
(assert
 (= phase_147 47))
(assert
 (let ((?x21415 (* (- 1.0) x_150)))
 (let (($x26867 (>= boundary 47)))
 (let ((?x22887 (ite $x26867 ?x21415 0.0)))
 (let ((?x41677 (+ (ite (>= boundary 1) (* 1.0 x_150) 0.0) ?x22887)))
 (let (($x4802 (= read_value x_150)))
 (let (($x38449 (= read_index 2)))
 (let (($x16715 (and (and $x38449 (not (= phase_144 (- phase_147 1)))) (= boundary (- phase_147 2)))))
 (let (($x20902 (and (and (= read_index 1) (not false)) (= boundary (- phase_146 1)))))
 (let (($x45668 (and (and (= read_index 0) (not false)) (= boundary (- phase_145 1)))))
 (and (or (and $x45668 $x4802) (and $x20902 $x4802) (and $x16715 $x4802)) (and (distinct ?x41677 read_value) true))))))))))))
(check-sat)
