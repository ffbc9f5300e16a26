(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_754 () Int)
(declare-fun phase_755 () Int)
(declare-fun phase_756 () Int)
(declare-fun phase_757 () Int)
(declare-fun phase_758 () Int)
(declare-fun phase_759 () Int)
(declare-fun phase_760 () Int)
(declare-fun phase_761 () Int)
(declare-fun read_value () Real)
(declare-fun x_1051 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
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
 (= phase_760 22))
(assert
 (= phase_761 22))
(assert
 (let ((?x112697 (* (- 1.0) x_1051)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x118741 (ite $x24162 ?x112697 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x87419 (ite $x208249 (* 1.0 x_1051) 0.0)))
 (let ((?x121765 (+ ?x87419 ?x118741)))
 (let (($x101419 (= read_value x_1051)))
 (let (($x268975 (and (and (= read_index 7) (not false)) (= boundary (- phase_761 1)))))
 (let (($x252366 (and (and (= read_index 6) (not false)) (= boundary (- phase_760 1)))))
 (let (($x223742 (and (and (= read_index 5) (not false)) (= boundary (- phase_759 1)))))
 (let (($x252999 (and (and (= read_index 4) (not false)) (= boundary (- phase_758 1)))))
 (let (($x165702 (and (and (= read_index 3) (not false)) (= boundary (- phase_757 1)))))
 (let (($x219632 (and (and (= read_index 2) (not false)) (= boundary (- phase_756 1)))))
 (let (($x58144 (and (and (= read_index 1) (not false)) (= boundary (- phase_755 1)))))
 (let (($x75601 (and (and (= read_index 0) (not false)) (= boundary (- phase_754 1)))))
 (let (($x142968 (or (and $x75601 $x101419) (and $x58144 $x101419) (and $x219632 $x101419) (and $x165702 $x101419) (and $x252999 $x101419) (and $x223742 $x101419) (and $x252366 $x101419) (and $x268975 $x101419))))
 (and $x142968 (and (distinct ?x121765 read_value) true)))))))))))))))))))
(check-sat)
