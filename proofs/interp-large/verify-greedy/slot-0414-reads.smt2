(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_761 () Int)
(declare-fun phase_763 () Int)
(declare-fun phase_764 () Int)
(declare-fun phase_765 () Int)
(declare-fun phase_766 () Int)
(declare-fun phase_767 () Int)
(declare-fun phase_768 () Int)
(declare-fun phase_769 () Int)
(declare-fun read_value () Real)
(declare-fun x_1058 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_761 22))
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
 (let ((?x125490 (* (- 1.0) x_1058)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x134944 (ite $x24162 ?x125490 0.0)))
 (let ((?x137833 (+ (ite (>= boundary 21) (* 1.0 x_1058) 0.0) ?x134944)))
 (let (($x174719 (= read_value x_1058)))
 (let (($x149158 (and (and (= read_index 7) (not false)) (= boundary (- phase_769 1)))))
 (let (($x85194 (and (and (= read_index 6) (not false)) (= boundary (- phase_768 1)))))
 (let (($x91925 (and (and (= read_index 5) (not false)) (= boundary (- phase_767 1)))))
 (let (($x160252 (and (and (= read_index 4) (not false)) (= boundary (- phase_766 1)))))
 (let (($x78981 (and (and (= read_index 3) (not false)) (= boundary (- phase_765 1)))))
 (let (($x65854 (and (and (= read_index 2) (not false)) (= boundary (- phase_764 1)))))
 (let (($x245190 (and (and (= read_index 1) (not false)) (= boundary (- phase_763 1)))))
 (let (($x174192 (and (and (= read_index 0) (not false)) (= boundary (- phase_761 1)))))
 (let (($x219378 (or (and $x174192 $x174719) (and $x245190 $x174719) (and $x65854 $x174719) (and $x78981 $x174719) (and $x160252 $x174719) (and $x91925 $x174719) (and $x85194 $x174719) (and $x149158 $x174719))))
 (and $x219378 (and (distinct ?x137833 read_value) true)))))))))))))))))
(check-sat)
