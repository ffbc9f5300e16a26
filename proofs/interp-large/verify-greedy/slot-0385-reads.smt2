(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_729 () Int)
(declare-fun phase_730 () Int)
(declare-fun phase_731 () Int)
(declare-fun phase_732 () Int)
(declare-fun phase_733 () Int)
(declare-fun phase_734 () Int)
(declare-fun phase_736 () Int)
(declare-fun phase_737 () Int)
(declare-fun read_value () Real)
(declare-fun x_1029 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_729 22))
(assert
 (= phase_730 22))
(assert
 (= phase_731 22))
(assert
 (= phase_732 22))
(assert
 (= phase_733 22))
(assert
 (= phase_734 22))
(assert
 (= phase_736 22))
(assert
 (= phase_737 22))
(assert
 (let ((?x144321 (* (- 1.0) x_1029)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x162137 (ite $x24162 ?x144321 0.0)))
 (let ((?x190273 (+ (ite (>= boundary 21) (* 1.0 x_1029) 0.0) ?x162137)))
 (let (($x124027 (= read_value x_1029)))
 (let (($x77107 (and (and (= read_index 7) (not false)) (= boundary (- phase_737 1)))))
 (let (($x217848 (and (and (= read_index 6) (not false)) (= boundary (- phase_736 1)))))
 (let (($x227862 (and (and (= read_index 5) (not false)) (= boundary (- phase_734 1)))))
 (let (($x74421 (and (and (= read_index 4) (not false)) (= boundary (- phase_733 1)))))
 (let (($x75826 (and (and (= read_index 3) (not false)) (= boundary (- phase_732 1)))))
 (let (($x98535 (and (and (= read_index 2) (not false)) (= boundary (- phase_731 1)))))
 (let (($x338224 (and (and (= read_index 1) (not false)) (= boundary (- phase_730 1)))))
 (let (($x79916 (and (and (= read_index 0) (not false)) (= boundary (- phase_729 1)))))
 (let (($x37071 (or (and $x79916 $x124027) (and $x338224 $x124027) (and $x98535 $x124027) (and $x75826 $x124027) (and $x74421 $x124027) (and $x227862 $x124027) (and $x217848 $x124027) (and $x77107 $x124027))))
 (and $x37071 (and (distinct ?x190273 read_value) true)))))))))))))))))
(check-sat)
