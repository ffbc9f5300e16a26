(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_763 () Int)
(declare-fun phase_764 () Int)
(declare-fun phase_765 () Int)
(declare-fun phase_766 () Int)
(declare-fun phase_767 () Int)
(declare-fun phase_768 () Int)
(declare-fun phase_769 () Int)
(declare-fun phase_770 () Int)
(declare-fun read_value () Real)
(declare-fun x_1059 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_763 22))
(assert
 (= phase_764 22))
(assert
 (= phase_765 22))
(assert
 (= phase_766 22))
(assert
 (= phase_767 22))
(assert
 (= phase_768 22))
(assert
 (= phase_769 22))
(assert
 (= phase_770 22))
(assert
 (let ((?x140133 (* (- 1.0) x_1059)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x147009 (ite $x24162 ?x140133 0.0)))
 (let ((?x149183 (+ (ite (>= boundary 21) (* 1.0 x_1059) 0.0) ?x147009)))
 (let (($x63654 (= read_value x_1059)))
 (let (($x177077 (and (and (= read_index 7) (not false)) (= boundary (- phase_770 1)))))
 (let (($x54173 (and (and (= read_index 6) (not false)) (= boundary (- phase_769 1)))))
 (let (($x127359 (and (and (= read_index 5) (not false)) (= boundary (- phase_768 1)))))
 (let (($x39019 (and (and (= read_index 4) (not false)) (= boundary (- phase_767 1)))))
 (let (($x161608 (and (and (= read_index 3) (not false)) (= boundary (- phase_766 1)))))
 (let (($x219378 (and (and (= read_index 2) (not false)) (= boundary (- phase_765 1)))))
 (let (($x139171 (and (and (= read_index 1) (not false)) (= boundary (- phase_764 1)))))
 (let (($x60885 (and (and (= read_index 0) (not false)) (= boundary (- phase_763 1)))))
 (let (($x99333 (or (and $x60885 $x63654) (and $x139171 $x63654) (and $x219378 $x63654) (and $x161608 $x63654) (and $x39019 $x63654) (and $x127359 $x63654) (and $x54173 $x63654) (and $x177077 $x63654))))
 (and $x99333 (and (distinct ?x149183 read_value) true)))))))))))))))))
(check-sat)
