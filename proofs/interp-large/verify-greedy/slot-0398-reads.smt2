(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_743 () Int)
(declare-fun phase_745 () Int)
(declare-fun phase_746 () Int)
(declare-fun phase_747 () Int)
(declare-fun phase_748 () Int)
(declare-fun phase_749 () Int)
(declare-fun phase_750 () Int)
(declare-fun phase_751 () Int)
(declare-fun read_value () Real)
(declare-fun x_1042 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
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
 (= phase_751 22))
(assert
 (let ((?x55074 (* (- 1.0) x_1042)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x83257 (ite $x24162 ?x55074 0.0)))
 (let ((?x86201 (+ (ite (>= boundary 21) (* 1.0 x_1042) 0.0) ?x83257)))
 (let (($x104677 (= read_value x_1042)))
 (let (($x109183 (and (and (= read_index 7) (not false)) (= boundary (- phase_751 1)))))
 (let (($x29529 (and (and (= read_index 6) (not false)) (= boundary (- phase_750 1)))))
 (let (($x117260 (and (and (= read_index 5) (not false)) (= boundary (- phase_749 1)))))
 (let (($x126302 (and (and (= read_index 4) (not false)) (= boundary (- phase_748 1)))))
 (let (($x202814 (and (and (= read_index 3) (not false)) (= boundary (- phase_747 1)))))
 (let (($x88783 (and (and (= read_index 2) (not false)) (= boundary (- phase_746 1)))))
 (let (($x155420 (and (and (= read_index 1) (not false)) (= boundary (- phase_745 1)))))
 (let (($x94521 (and (and (= read_index 0) (not false)) (= boundary (- phase_743 1)))))
 (let (($x182431 (or (and $x94521 $x104677) (and $x155420 $x104677) (and $x88783 $x104677) (and $x202814 $x104677) (and $x126302 $x104677) (and $x117260 $x104677) (and $x29529 $x104677) (and $x109183 $x104677))))
 (and $x182431 (and (distinct ?x86201 read_value) true)))))))))))))))))
(check-sat)
