(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_618 () Int)
(declare-fun phase_620 () Int)
(declare-fun phase_621 () Int)
(declare-fun phase_622 () Int)
(declare-fun phase_623 () Int)
(declare-fun phase_624 () Int)
(declare-fun phase_625 () Int)
(declare-fun phase_626 () Int)
(declare-fun read_value () Real)
(declare-fun x_858 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_618 22))
(assert
 (= phase_620 22))
(assert
 (= phase_621 22))
(assert
 (= phase_622 22))
(assert
 (= phase_623 22))
(assert
 (= phase_624 22))
(assert
 (= phase_625 22))
(assert
 (= phase_626 22))
(assert
 (let ((?x165060 (* (- 1.0) x_858)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x174980 (ite $x24162 ?x165060 0.0)))
 (let ((?x216337 (+ (ite (>= boundary 21) (* 1.0 x_858) 0.0) ?x174980)))
 (let (($x193456 (= read_value x_858)))
 (let (($x35084 (and (and (= read_index 7) (not false)) (= boundary (- phase_626 1)))))
 (let (($x12690 (and (and (= read_index 6) (not false)) (= boundary (- phase_625 1)))))
 (let (($x158667 (and (and (= read_index 5) (not false)) (= boundary (- phase_624 1)))))
 (let (($x20418 (and (and (= read_index 4) (not false)) (= boundary (- phase_623 1)))))
 (let (($x253164 (and (and (= read_index 3) (not false)) (= boundary (- phase_622 1)))))
 (let (($x179478 (and (and (= read_index 2) (not false)) (= boundary (- phase_621 1)))))
 (let (($x114377 (and (and (= read_index 1) (not false)) (= boundary (- phase_620 1)))))
 (let (($x193298 (and (and (= read_index 0) (not false)) (= boundary (- phase_618 1)))))
 (let (($x86119 (or (and $x193298 $x193456) (and $x114377 $x193456) (and $x179478 $x193456) (and $x253164 $x193456) (and $x20418 $x193456) (and $x158667 $x193456) (and $x12690 $x193456) (and $x35084 $x193456))))
 (and $x86119 (and (distinct ?x216337 read_value) true)))))))))))))))))
(check-sat)
