(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_89 () Int)
(declare-fun phase_114 () Int)
(declare-fun phase_139 () Int)
(declare-fun phase_327 () Int)
(declare-fun phase_354 () Int)
(declare-fun read_value () Real)
(declare-fun x_113 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_89 4))
(assert
 (= phase_114 8))
(assert
 (= phase_139 5))
(assert
 (= phase_327 24))
(assert
 (= phase_354 30))
(assert
 (let ((?x70757 (* (- 1.0) x_113)))
 (let (($x23693 (>= boundary 31)))
 (let ((?x101487 (ite $x23693 ?x70757 0.0)))
 (let (($x91866 (>= boundary 5)))
 (let ((?x51058 (ite $x91866 (* 1.0 x_113) 0.0)))
 (let ((?x103489 (+ ?x51058 ?x101487)))
 (let (($x132119 (= read_value x_113)))
 (let (($x102913 (and (and (= read_index 3) (not false)) (= boundary (- phase_354 1)))))
 (let (($x100585 (and (and (= read_index 2) (not false)) (= boundary (- phase_327 1)))))
 (let (($x62806 (= read_index 1)))
 (let (($x130863 (and (and $x62806 (not (= phase_89 (- phase_139 1)))) (= boundary (- phase_139 2)))))
 (let (($x111750 (and (and (= read_index 0) (not false)) (= boundary (- phase_114 1)))))
 (let (($x111246 (or (and $x111750 $x132119) (and $x130863 $x132119) (and $x100585 $x132119) (and $x102913 $x132119))))
 (and $x111246 (and (distinct ?x103489 read_value) true))))))))))))))))
(check-sat)
