(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_764 () Int)
(declare-fun phase_765 () Int)
(declare-fun phase_766 () Int)
(declare-fun phase_767 () Int)
(declare-fun phase_768 () Int)
(declare-fun phase_769 () Int)
(declare-fun phase_770 () Int)
(declare-fun phase_772 () Int)
(declare-fun read_value () Real)
(declare-fun x_1060 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
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
 (= phase_772 22))
(assert
 (let ((?x72276 (* (- 1.0) x_1060)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x90928 (ite $x24162 ?x72276 0.0)))
 (let ((?x110060 (+ (ite (>= boundary 21) (* 1.0 x_1060) 0.0) ?x90928)))
 (let (($x147275 (= read_value x_1060)))
 (let (($x216338 (and (and (= read_index 7) (not false)) (= boundary (- phase_772 1)))))
 (let (($x55391 (and (and (= read_index 6) (not false)) (= boundary (- phase_770 1)))))
 (let (($x21762 (and (and (= read_index 5) (not false)) (= boundary (- phase_769 1)))))
 (let (($x168128 (and (and (= read_index 4) (not false)) (= boundary (- phase_768 1)))))
 (let (($x227866 (and (and (= read_index 3) (not false)) (= boundary (- phase_767 1)))))
 (let (($x245190 (and (and (= read_index 2) (not false)) (= boundary (- phase_766 1)))))
 (let (($x76987 (and (and (= read_index 1) (not false)) (= boundary (- phase_765 1)))))
 (let (($x147016 (and (and (= read_index 0) (not false)) (= boundary (- phase_764 1)))))
 (let (($x158819 (or (and $x147016 $x147275) (and $x76987 $x147275) (and $x245190 $x147275) (and $x227866 $x147275) (and $x168128 $x147275) (and $x21762 $x147275) (and $x55391 $x147275) (and $x216338 $x147275))))
 (and $x158819 (and (distinct ?x110060 read_value) true)))))))))))))))))
(check-sat)
