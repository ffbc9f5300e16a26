(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_731 () Int)
(declare-fun phase_732 () Int)
(declare-fun phase_733 () Int)
(declare-fun phase_734 () Int)
(declare-fun phase_736 () Int)
(declare-fun phase_737 () Int)
(declare-fun phase_738 () Int)
(declare-fun phase_739 () Int)
(declare-fun read_value () Real)
(declare-fun x_1031 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
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
 (= phase_738 22))
(assert
 (= phase_739 22))
(assert
 (let ((?x114975 (* (- 1.0) x_1031)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x136917 (ite $x24162 ?x114975 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x113520 (ite $x208249 (* 1.0 x_1031) 0.0)))
 (let ((?x184899 (+ ?x113520 ?x136917)))
 (let (($x130048 (= read_value x_1031)))
 (let (($x99431 (and (and (= read_index 7) (not false)) (= boundary (- phase_739 1)))))
 (let (($x31034 (and (and (= read_index 6) (not false)) (= boundary (- phase_738 1)))))
 (let (($x4593 (and (and (= read_index 5) (not false)) (= boundary (- phase_737 1)))))
 (let (($x286611 (and (and (= read_index 4) (not false)) (= boundary (- phase_736 1)))))
 (let (($x172410 (and (and (= read_index 3) (not false)) (= boundary (- phase_734 1)))))
 (let (($x55209 (and (and (= read_index 2) (not false)) (= boundary (- phase_733 1)))))
 (let (($x144676 (and (and (= read_index 1) (not false)) (= boundary (- phase_732 1)))))
 (let (($x111575 (and (and (= read_index 0) (not false)) (= boundary (- phase_731 1)))))
 (let (($x29199 (or (and $x111575 $x130048) (and $x144676 $x130048) (and $x55209 $x130048) (and $x172410 $x130048) (and $x286611 $x130048) (and $x4593 $x130048) (and $x31034 $x130048) (and $x99431 $x130048))))
 (and $x29199 (and (distinct ?x184899 read_value) true)))))))))))))))))))
(check-sat)
