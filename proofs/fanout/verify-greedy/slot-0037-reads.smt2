(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_28 () Int)
(declare-fun phase_64 () Int)
(declare-fun phase_101 () Int)
(declare-fun phase_138 () Int)
(declare-fun phase_175 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_44 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_28 2))
(assert
 (= phase_64 6))
(assert
 (= phase_101 6))
(assert
 (= phase_138 10))
(assert
 (= phase_175 10))
(assert
 (= phase_282 3))
(assert
 (let ((?x28515 (* (- 1.0) x_44)))
 (let (($x18406 (>= boundary 11)))
 (let ((?x28766 (ite $x18406 ?x28515 0.0)))
 (let (($x17771 (>= boundary 3)))
 (let ((?x28485 (ite $x17771 (* 1.0 x_44) 0.0)))
 (let ((?x56248 (+ ?x28485 ?x28766)))
 (let (($x29793 (= read_value x_44)))
 (let (($x105111 (= read_index 4)))
 (let (($x2706 (and (and $x105111 (not (= phase_28 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x4878 (and (and (= read_index 3) (not false)) (= boundary (- phase_175 1)))))
 (let (($x8224 (and (and (= read_index 2) (not false)) (= boundary (- phase_138 1)))))
 (let (($x20185 (and (and (= read_index 1) (not false)) (= boundary (- phase_101 1)))))
 (let (($x21518 (and (and (= read_index 0) (not false)) (= boundary (- phase_64 1)))))
 (let (($x22572 (or (and $x21518 $x29793) (and $x20185 $x29793) (and $x8224 $x29793) (and $x4878 $x29793) (and $x2706 $x29793))))
 (and $x22572 (and (distinct ?x56248 read_value) true)))))))))))))))))
(check-sat)
