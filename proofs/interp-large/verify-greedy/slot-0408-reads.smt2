(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_755 () Int)
(declare-fun phase_756 () Int)
(declare-fun phase_757 () Int)
(declare-fun phase_758 () Int)
(declare-fun phase_759 () Int)
(declare-fun phase_760 () Int)
(declare-fun phase_761 () Int)
(declare-fun phase_763 () Int)
(declare-fun read_value () Real)
(declare-fun x_1052 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_755 22))
(assert
 (= phase_756 22))
(assert
 (= phase_757 22))
(assert
 (= phase_758 22))
(assert
 (= phase_759 22))
(assert
 (= phase_760 22))
(assert
 (= phase_761 22))
(assert
 (= phase_763 22))
(assert
 (let ((?x134193 (* (- 1.0) x_1052)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x141560 (ite $x24162 ?x134193 0.0)))
 (let ((?x171444 (+ (ite (>= boundary 21) (* 1.0 x_1052) 0.0) ?x141560)))
 (let (($x135437 (= read_value x_1052)))
 (let (($x48939 (and (and (= read_index 7) (not false)) (= boundary (- phase_763 1)))))
 (let (($x85067 (and (and (= read_index 6) (not false)) (= boundary (- phase_761 1)))))
 (let (($x226612 (and (and (= read_index 5) (not false)) (= boundary (- phase_760 1)))))
 (let (($x210046 (and (and (= read_index 4) (not false)) (= boundary (- phase_759 1)))))
 (let (($x115805 (and (and (= read_index 3) (not false)) (= boundary (- phase_758 1)))))
 (let (($x17430 (and (and (= read_index 2) (not false)) (= boundary (- phase_757 1)))))
 (let (($x158076 (and (and (= read_index 1) (not false)) (= boundary (- phase_756 1)))))
 (let (($x82989 (and (and (= read_index 0) (not false)) (= boundary (- phase_755 1)))))
 (let (($x6397 (or (and $x82989 $x135437) (and $x158076 $x135437) (and $x17430 $x135437) (and $x115805 $x135437) (and $x210046 $x135437) (and $x226612 $x135437) (and $x85067 $x135437) (and $x48939 $x135437))))
 (and $x6397 (and (distinct ?x171444 read_value) true)))))))))))))))))
(check-sat)
