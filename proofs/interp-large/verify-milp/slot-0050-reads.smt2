(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_9 () Int)
(declare-fun phase_10 () Int)
(declare-fun phase_46 () Int)
(declare-fun phase_1100 () Int)
(declare-fun phase_1101 () Int)
(declare-fun phase_1102 () Int)
(declare-fun phase_1103 () Int)
(declare-fun phase_1104 () Int)
(declare-fun phase_1105 () Int)
(declare-fun phase_1106 () Int)
(declare-fun phase_1107 () Int)
(declare-fun read_value () Real)
(declare-fun x_93 () Real)
(declare-fun boundary () Int)
(declare-fun x_50 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_9 2))
(assert
 (= phase_10 2))
(assert
 (= phase_46 4))
(assert
 (= phase_1100 42))
(assert
 (= phase_1101 42))
(assert
 (= phase_1102 42))
(assert
 (= phase_1103 42))
(assert
 (= phase_1104 42))
(assert
 (= phase_1105 42))
(assert
 (= phase_1106 42))
(assert
 (= phase_1107 42))
(assert
 (let ((?x152632 (* 1.0 x_93)))
 (let (($x33429 (>= boundary 7)))
 (let ((?x2499 (ite $x33429 ?x152632 0.0)))
 (let ((?x169888 (* (- 1.0) x_50)))
 (let (($x55364 (>= boundary 5)))
 (let ((?x22173 (ite $x55364 ?x169888 0.0)))
 (let (($x31002 (>= boundary (- 1))))
 (let ((?x87122 (ite $x31002 (* 1.0 x_50) 0.0)))
 (let ((?x102375 (+ ?x87122 ?x22173 ?x2499)))
 (let (($x202951 (= read_value x_93)))
 (let (($x122388 (and (and (= read_index 10) (not false)) (= boundary (- phase_1107 1)))))
 (let (($x180272 (and (and (= read_index 9) (not false)) (= boundary (- phase_1106 1)))))
 (let (($x15399 (and (and (= read_index 8) (not false)) (= boundary (- phase_1105 1)))))
 (let (($x6752 (and (and (= read_index 7) (not false)) (= boundary (- phase_1104 1)))))
 (let (($x85922 (and (and (= read_index 6) (not false)) (= boundary (- phase_1103 1)))))
 (let (($x221881 (and (and (= read_index 5) (not false)) (= boundary (- phase_1102 1)))))
 (let (($x171627 (and (and (= read_index 4) (not false)) (= boundary (- phase_1101 1)))))
 (let (($x74419 (and (and (= read_index 3) (not false)) (= boundary (- phase_1100 1)))))
 (let (($x102025 (= read_value x_50)))
 (let (($x57771 (and (and (= read_index 2) (not false)) (= boundary (- phase_46 1)))))
 (let (($x123790 (and (and (= read_index 1) (not false)) (= boundary (- phase_10 1)))))
 (let (($x229192 (and (and (= read_index 0) (not false)) (= boundary (- phase_9 1)))))
 (let (($x93685 (or (and $x229192 $x102025) (and $x123790 $x102025) (and $x57771 $x102025) (and $x74419 $x202951) (and $x171627 $x202951) (and $x221881 $x202951) (and $x85922 $x202951) (and $x6752 $x202951) (and $x15399 $x202951) (and $x180272 $x202951) (and $x122388 $x202951) (and (and (= read_index 11) (= boundary 51)) $x202951))))
 (and $x93685 (and (distinct ?x102375 read_value) true))))))))))))))))))))))))))
(check-sat)
