(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_35 () Int)
(declare-fun phase_71 () Int)
(declare-fun phase_108 () Int)
(declare-fun phase_145 () Int)
(declare-fun phase_182 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_51 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_35 2))
(assert
 (= phase_71 6))
(assert
 (= phase_108 6))
(assert
 (= phase_145 10))
(assert
 (= phase_182 10))
(assert
 (= phase_282 3))
(assert
 (let ((?x28921 (* (- 1.0) x_51)))
 (let (($x18406 (>= boundary 11)))
 (let ((?x31321 (ite $x18406 ?x28921 0.0)))
 (let ((?x80556 (+ (ite (>= boundary 3) (* 1.0 x_51) 0.0) ?x31321)))
 (let (($x84985 (= read_value x_51)))
 (let (($x105111 (= read_index 4)))
 (let (($x27312 (and (and $x105111 (not (= phase_35 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x42390 (and (and (= read_index 3) (not false)) (= boundary (- phase_182 1)))))
 (let (($x18695 (and (and (= read_index 2) (not false)) (= boundary (- phase_145 1)))))
 (let (($x85498 (and (and (= read_index 1) (not false)) (= boundary (- phase_108 1)))))
 (let (($x60259 (and (and (= read_index 0) (not false)) (= boundary (- phase_71 1)))))
 (let (($x14159 (or (and $x60259 $x84985) (and $x85498 $x84985) (and $x18695 $x84985) (and $x42390 $x84985) (and $x27312 $x84985))))
 (and $x14159 (and (distinct ?x80556 read_value) true)))))))))))))))
(check-sat)
