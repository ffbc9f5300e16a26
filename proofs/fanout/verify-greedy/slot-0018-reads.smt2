(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_9 () Int)
(declare-fun phase_45 () Int)
(declare-fun phase_82 () Int)
(declare-fun phase_119 () Int)
(declare-fun phase_156 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_25 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_9 2))
(assert
 (= phase_45 6))
(assert
 (= phase_82 6))
(assert
 (= phase_119 6))
(assert
 (= phase_156 10))
(assert
 (= phase_282 3))
(assert
 (let ((?x29902 (* (- 1.0) x_25)))
 (let (($x18406 (>= boundary 11)))
 (let ((?x31064 (ite $x18406 ?x29902 0.0)))
 (let ((?x32521 (+ (ite (>= boundary 3) (* 1.0 x_25) 0.0) ?x31064)))
 (let (($x86483 (= read_value x_25)))
 (let (($x18250 (and (and (= read_index 4) (not (= phase_9 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x54149 (and (and (= read_index 3) (not false)) (= boundary (- phase_156 1)))))
 (let (($x29615 (and (and (= read_index 2) (not false)) (= boundary (- phase_119 1)))))
 (let (($x55210 (and (and (= read_index 1) (not false)) (= boundary (- phase_82 1)))))
 (let (($x63896 (and (and (= read_index 0) (not false)) (= boundary (- phase_45 1)))))
 (let (($x52016 (or (and $x63896 $x86483) (and $x55210 $x86483) (and $x29615 $x86483) (and $x54149 $x86483) (and $x18250 $x86483))))
 (and $x52016 (and (distinct ?x32521 read_value) true))))))))))))))
(check-sat)
