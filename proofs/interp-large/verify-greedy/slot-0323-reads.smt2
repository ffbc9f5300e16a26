(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_591 () Int)
(declare-fun phase_593 () Int)
(declare-fun phase_594 () Int)
(declare-fun phase_595 () Int)
(declare-fun phase_596 () Int)
(declare-fun phase_597 () Int)
(declare-fun phase_598 () Int)
(declare-fun phase_599 () Int)
(declare-fun phase_1002 () Int)
(declare-fun phase_1003 () Int)
(declare-fun phase_1004 () Int)
(declare-fun read_value () Real)
(declare-fun x_834 () Real)
(declare-fun boundary () Int)
(declare-fun x_462 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_591 22))
(assert
 (= phase_593 22))
(assert
 (= phase_594 22))
(assert
 (= phase_595 22))
(assert
 (= phase_596 22))
(assert
 (= phase_597 22))
(assert
 (= phase_598 22))
(assert
 (= phase_599 22))
(assert
 (= phase_1002 18))
(assert
 (= phase_1003 18))
(assert
 (= phase_1004 18))
(assert
 (let ((?x182576 (* (- 1.0) x_834)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x191622 (ite $x24162 ?x182576 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x140873 (ite $x208249 (* 1.0 x_834) 0.0)))
 (let ((?x56275 (* (- 1.0) x_462)))
 (let (($x272189 (>= boundary 19)))
 (let ((?x85274 (ite $x272189 ?x56275 0.0)))
 (let (($x103445 (>= boundary 15)))
 (let ((?x51660 (ite $x103445 (* 1.0 x_462) 0.0)))
 (let ((?x191650 (+ ?x51660 ?x85274 ?x140873 ?x191622)))
 (let (($x42867 (= read_value x_834)))
 (let (($x137904 (and (and (= read_index 10) (not false)) (= boundary (- phase_599 1)))))
 (let (($x150555 (and (and (= read_index 9) (not false)) (= boundary (- phase_598 1)))))
 (let (($x149888 (and (and (= read_index 8) (not false)) (= boundary (- phase_597 1)))))
 (let (($x51361 (and (and (= read_index 7) (not false)) (= boundary (- phase_596 1)))))
 (let (($x97915 (and (and (= read_index 6) (not false)) (= boundary (- phase_595 1)))))
 (let (($x16096 (and (and (= read_index 5) (not false)) (= boundary (- phase_594 1)))))
 (let (($x187871 (and (and (= read_index 4) (not false)) (= boundary (- phase_593 1)))))
 (let (($x216329 (and (and (= read_index 3) (not false)) (= boundary (- phase_591 1)))))
 (let (($x92081 (= read_value x_462)))
 (let (($x80405 (and (and (= read_index 2) (not false)) (= boundary (- phase_1004 1)))))
 (let (($x219264 (and (and (= read_index 1) (not false)) (= boundary (- phase_1003 1)))))
 (let (($x79248 (and (and (= read_index 0) (not false)) (= boundary (- phase_1002 1)))))
 (let (($x187716 (or (and $x79248 $x92081) (and $x219264 $x92081) (and $x80405 $x92081) (and $x216329 $x42867) (and $x187871 $x42867) (and $x16096 $x42867) (and $x97915 $x42867) (and $x51361 $x42867) (and $x149888 $x42867) (and $x150555 $x42867) (and $x137904 $x42867))))
 (and $x187716 (and (distinct ?x191650 read_value) true))))))))))))))))))))))))))))
(check-sat)
