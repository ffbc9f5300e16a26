(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_748 () Int)
(declare-fun phase_749 () Int)
(declare-fun phase_750 () Int)
(declare-fun phase_751 () Int)
(declare-fun phase_752 () Int)
(declare-fun phase_754 () Int)
(declare-fun phase_755 () Int)
(declare-fun phase_756 () Int)
(declare-fun read_value () Real)
(declare-fun x_1046 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
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
 (= phase_755 22))
(assert
 (= phase_756 22))
(assert
 (let ((?x120769 (* (- 1.0) x_1046)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x145682 (ite $x24162 ?x120769 0.0)))
 (let ((?x153199 (+ (ite (>= boundary 21) (* 1.0 x_1046) 0.0) ?x145682)))
 (let (($x160301 (= read_value x_1046)))
 (let (($x18017 (and (and (= read_index 7) (not false)) (= boundary (- phase_756 1)))))
 (let (($x98266 (and (and (= read_index 6) (not false)) (= boundary (- phase_755 1)))))
 (let (($x216381 (and (and (= read_index 5) (not false)) (= boundary (- phase_754 1)))))
 (let (($x157311 (and (and (= read_index 4) (not false)) (= boundary (- phase_752 1)))))
 (let (($x224919 (and (and (= read_index 3) (not false)) (= boundary (- phase_751 1)))))
 (let (($x109402 (and (and (= read_index 2) (not false)) (= boundary (- phase_750 1)))))
 (let (($x11791 (and (and (= read_index 1) (not false)) (= boundary (- phase_749 1)))))
 (let (($x155420 (and (and (= read_index 0) (not false)) (= boundary (- phase_748 1)))))
 (let (($x167081 (or (and $x155420 $x160301) (and $x11791 $x160301) (and $x109402 $x160301) (and $x224919 $x160301) (and $x157311 $x160301) (and $x216381 $x160301) (and $x98266 $x160301) (and $x18017 $x160301))))
 (and $x167081 (and (distinct ?x153199 read_value) true)))))))))))))))))
(check-sat)
