(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_742 () Int)
(declare-fun phase_743 () Int)
(declare-fun phase_745 () Int)
(declare-fun phase_746 () Int)
(declare-fun phase_747 () Int)
(declare-fun phase_748 () Int)
(declare-fun phase_749 () Int)
(declare-fun phase_750 () Int)
(declare-fun read_value () Real)
(declare-fun x_1041 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_742 22))
(assert
 (= phase_743 22))
(assert
 (= phase_745 22))
(assert
 (= phase_746 22))
(assert
 (= phase_747 22))
(assert
 (= phase_748 22))
(assert
 (= phase_749 22))
(assert
 (= phase_750 22))
(assert
 (let ((?x50007 (* (- 1.0) x_1041)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x53520 (ite $x24162 ?x50007 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x41616 (ite $x208249 (* 1.0 x_1041) 0.0)))
 (let ((?x72267 (+ ?x41616 ?x53520)))
 (let (($x137147 (= read_value x_1041)))
 (let (($x38998 (and (and (= read_index 7) (not false)) (= boundary (- phase_750 1)))))
 (let (($x33794 (and (and (= read_index 6) (not false)) (= boundary (- phase_749 1)))))
 (let (($x223010 (and (and (= read_index 5) (not false)) (= boundary (- phase_748 1)))))
 (let (($x219378 (and (and (= read_index 4) (not false)) (= boundary (- phase_747 1)))))
 (let (($x210048 (and (and (= read_index 3) (not false)) (= boundary (- phase_746 1)))))
 (let (($x142465 (and (and (= read_index 2) (not false)) (= boundary (- phase_745 1)))))
 (let (($x53657 (and (and (= read_index 1) (not false)) (= boundary (- phase_743 1)))))
 (let (($x127591 (and (and (= read_index 0) (not false)) (= boundary (- phase_742 1)))))
 (let (($x61461 (or (and $x127591 $x137147) (and $x53657 $x137147) (and $x142465 $x137147) (and $x210048 $x137147) (and $x219378 $x137147) (and $x223010 $x137147) (and $x33794 $x137147) (and $x38998 $x137147))))
 (and $x61461 (and (distinct ?x72267 read_value) true)))))))))))))))))))
(check-sat)
