(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_751 () Int)
(declare-fun phase_752 () Int)
(declare-fun phase_754 () Int)
(declare-fun phase_755 () Int)
(declare-fun phase_756 () Int)
(declare-fun phase_757 () Int)
(declare-fun phase_758 () Int)
(declare-fun phase_759 () Int)
(declare-fun read_value () Real)
(declare-fun x_1049 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
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
 (= phase_757 22))
(assert
 (= phase_758 22))
(assert
 (= phase_759 22))
(assert
 (let ((?x100940 (* (- 1.0) x_1049)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x130286 (ite $x24162 ?x100940 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x93923 (ite $x208249 (* 1.0 x_1049) 0.0)))
 (let ((?x131494 (+ ?x93923 ?x130286)))
 (let (($x92022 (= read_value x_1049)))
 (let (($x173737 (and (and (= read_index 7) (not false)) (= boundary (- phase_759 1)))))
 (let (($x211355 (and (and (= read_index 6) (not false)) (= boundary (- phase_758 1)))))
 (let (($x129965 (and (and (= read_index 5) (not false)) (= boundary (- phase_757 1)))))
 (let (($x173079 (and (and (= read_index 4) (not false)) (= boundary (- phase_756 1)))))
 (let (($x9218 (and (and (= read_index 3) (not false)) (= boundary (- phase_755 1)))))
 (let (($x103884 (and (and (= read_index 2) (not false)) (= boundary (- phase_754 1)))))
 (let (($x60540 (and (and (= read_index 1) (not false)) (= boundary (- phase_752 1)))))
 (let (($x90049 (and (and (= read_index 0) (not false)) (= boundary (- phase_751 1)))))
 (let (($x221732 (or (and $x90049 $x92022) (and $x60540 $x92022) (and $x103884 $x92022) (and $x9218 $x92022) (and $x173079 $x92022) (and $x129965 $x92022) (and $x211355 $x92022) (and $x173737 $x92022))))
 (and $x221732 (and (distinct ?x131494 read_value) true)))))))))))))))))))
(check-sat)
