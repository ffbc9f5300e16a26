(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_728 () Int)
(declare-fun phase_729 () Int)
(declare-fun phase_730 () Int)
(declare-fun phase_731 () Int)
(declare-fun phase_732 () Int)
(declare-fun phase_733 () Int)
(declare-fun phase_734 () Int)
(declare-fun phase_736 () Int)
(declare-fun read_value () Real)
(declare-fun x_1028 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_728 22))
(assert
 (= phase_729 22))
(assert
 (= phase_730 22))
(assert
 (= phase_731 22))
(assert
 (= phase_732 22))
(assert
 (= phase_733 22))
(assert
 (= phase_734 22))
(assert
 (= phase_736 22))
(assert
 (let ((?x90496 (* (- 1.0) x_1028)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x155813 (ite $x24162 ?x90496 0.0)))
 (let ((?x160666 (+ (ite (>= boundary 21) (* 1.0 x_1028) 0.0) ?x155813)))
 (let (($x140254 (= read_value x_1028)))
 (let (($x73279 (and (and (= read_index 7) (not false)) (= boundary (- phase_736 1)))))
 (let (($x144164 (and (and (= read_index 6) (not false)) (= boundary (- phase_734 1)))))
 (let (($x68639 (and (and (= read_index 5) (not false)) (= boundary (- phase_733 1)))))
 (let (($x64113 (and (and (= read_index 4) (not false)) (= boundary (- phase_732 1)))))
 (let (($x209618 (and (and (= read_index 3) (not false)) (= boundary (- phase_731 1)))))
 (let (($x42777 (and (and (= read_index 2) (not false)) (= boundary (- phase_730 1)))))
 (let (($x75521 (and (and (= read_index 1) (not false)) (= boundary (- phase_729 1)))))
 (let (($x134944 (and (and (= read_index 0) (not false)) (= boundary (- phase_728 1)))))
 (let (($x113751 (or (and $x134944 $x140254) (and $x75521 $x140254) (and $x42777 $x140254) (and $x209618 $x140254) (and $x64113 $x140254) (and $x68639 $x140254) (and $x144164 $x140254) (and $x73279 $x140254))))
 (and $x113751 (and (distinct ?x160666 read_value) true)))))))))))))))))
(check-sat)
