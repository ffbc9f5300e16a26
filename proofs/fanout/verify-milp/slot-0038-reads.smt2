(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_29 () Int)
(declare-fun phase_65 () Int)
(declare-fun phase_102 () Int)
(declare-fun phase_139 () Int)
(declare-fun phase_176 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_45 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_29 2))
(assert
 (= phase_65 6))
(assert
 (= phase_102 10))
(assert
 (= phase_139 6))
(assert
 (= phase_176 10))
(assert
 (= phase_282 11))
(assert
 (let ((?x15408 (* (- 1.0) x_45)))
 (let (($x17940 (>= boundary 11)))
 (let ((?x16659 (ite $x17940 ?x15408 0.0)))
 (let (($x13403 (>= boundary 3)))
 (let ((?x12497 (ite $x13403 (* 1.0 x_45) 0.0)))
 (let ((?x24692 (+ ?x12497 ?x16659)))
 (let (($x29632 (= read_value x_45)))
 (let (($x41365 (= read_index 4)))
 (let (($x18307 (and (and $x41365 (not (= phase_29 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x45934 (and (and (= read_index 3) (not false)) (= boundary (- phase_176 1)))))
 (let (($x26987 (and (and (= read_index 2) (not false)) (= boundary (- phase_139 1)))))
 (let (($x12350 (and (and (= read_index 1) (not false)) (= boundary (- phase_102 1)))))
 (let (($x27855 (and (and (= read_index 0) (not false)) (= boundary (- phase_65 1)))))
 (let (($x19058 (or (and $x27855 $x29632) (and $x12350 $x29632) (and $x26987 $x29632) (and $x45934 $x29632) (and $x18307 $x29632))))
 (and $x19058 (and (distinct ?x24692 read_value) true)))))))))))))))))
(check-sat)
