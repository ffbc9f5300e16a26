(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_0 () Int)
(declare-fun phase_4 () Int)
(declare-fun phase_40 () Int)
(declare-fun phase_77 () Int)
(declare-fun phase_114 () Int)
(declare-fun phase_151 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_20 () Real)
(declare-fun boundary () Int)
(declare-fun x_7 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_0 0))
(assert
 (= phase_4 2))
(assert
 (= phase_40 6))
(assert
 (= phase_77 6))
(assert
 (= phase_114 6))
(assert
 (= phase_151 10))
(assert
 (= phase_282 3))
(assert
 (let ((?x85660 (* (- 1.0) x_20)))
 (let (($x18406 (>= boundary 11)))
 (let ((?x74177 (ite $x18406 ?x85660 0.0)))
 (let ((?x28606 (* (- 1.0) x_7)))
 (let (($x31234 (>= boundary 1)))
 (let ((?x33246 (ite $x31234 ?x28606 0.0)))
 (let ((?x6081 (+ (ite (>= boundary (- 1)) (* 1.0 x_7) 0.0) ?x33246 (ite (>= boundary 3) (* 1.0 x_20) 0.0) ?x74177)))
 (let (($x15524 (= read_value x_20)))
 (let (($x21682 (and (and (= read_index 5) (not (= phase_4 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x18872 (and (and (= read_index 4) (not false)) (= boundary (- phase_151 1)))))
 (let (($x67136 (and (and (= read_index 3) (not false)) (= boundary (- phase_114 1)))))
 (let (($x50858 (and (and (= read_index 2) (not false)) (= boundary (- phase_77 1)))))
 (let (($x4175 (and (and (= read_index 1) (not false)) (= boundary (- phase_40 1)))))
 (let (($x57550 (= read_value x_7)))
 (let (($x32009 (and (and (= read_index 0) (not false)) (= boundary (- phase_0 1)))))
 (let (($x3694 (or (and $x32009 $x57550) (and $x4175 $x15524) (and $x50858 $x15524) (and $x67136 $x15524) (and $x18872 $x15524) (and $x21682 $x15524))))
 (and $x3694 (and (distinct ?x6081 read_value) true)))))))))))))))))))
(check-sat)
