(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_746 () Int)
(declare-fun phase_747 () Int)
(declare-fun phase_748 () Int)
(declare-fun phase_749 () Int)
(declare-fun phase_750 () Int)
(declare-fun phase_751 () Int)
(declare-fun phase_752 () Int)
(declare-fun phase_754 () Int)
(declare-fun read_value () Real)
(declare-fun x_1044 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
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
 (= phase_751 22))
(assert
 (= phase_752 22))
(assert
 (= phase_754 22))
(assert
 (let ((?x114046 (* (- 1.0) x_1044)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x135961 (ite $x24162 ?x114046 0.0)))
 (let ((?x143623 (+ (ite (>= boundary 21) (* 1.0 x_1044) 0.0) ?x135961)))
 (let (($x114345 (= read_value x_1044)))
 (let (($x115118 (and (and (= read_index 7) (not false)) (= boundary (- phase_754 1)))))
 (let (($x143173 (and (and (= read_index 6) (not false)) (= boundary (- phase_752 1)))))
 (let (($x51791 (and (and (= read_index 5) (not false)) (= boundary (- phase_751 1)))))
 (let (($x175216 (and (and (= read_index 4) (not false)) (= boundary (- phase_750 1)))))
 (let (($x75066 (and (and (= read_index 3) (not false)) (= boundary (- phase_749 1)))))
 (let (($x190368 (and (and (= read_index 2) (not false)) (= boundary (- phase_748 1)))))
 (let (($x109222 (and (and (= read_index 1) (not false)) (= boundary (- phase_747 1)))))
 (let (($x88045 (and (and (= read_index 0) (not false)) (= boundary (- phase_746 1)))))
 (let (($x22056 (or (and $x88045 $x114345) (and $x109222 $x114345) (and $x190368 $x114345) (and $x75066 $x114345) (and $x175216 $x114345) (and $x51791 $x114345) (and $x143173 $x114345) (and $x115118 $x114345))))
 (and $x22056 (and (distinct ?x143623 read_value) true)))))))))))))))))
(check-sat)
