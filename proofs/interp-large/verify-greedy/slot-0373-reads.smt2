(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_715 () Int)
(declare-fun phase_716 () Int)
(declare-fun phase_718 () Int)
(declare-fun phase_719 () Int)
(declare-fun phase_720 () Int)
(declare-fun phase_721 () Int)
(declare-fun phase_722 () Int)
(declare-fun phase_723 () Int)
(declare-fun read_value () Real)
(declare-fun x_1017 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_715 22))
(assert
 (= phase_716 22))
(assert
 (= phase_718 22))
(assert
 (= phase_719 22))
(assert
 (= phase_720 22))
(assert
 (= phase_721 22))
(assert
 (= phase_722 22))
(assert
 (= phase_723 22))
(assert
 (let ((?x129578 (* (- 1.0) x_1017)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x140126 (ite $x24162 ?x129578 0.0)))
 (let ((?x150823 (+ (ite (>= boundary 21) (* 1.0 x_1017) 0.0) ?x140126)))
 (let (($x148885 (= read_value x_1017)))
 (let (($x135017 (and (and (= read_index 7) (not false)) (= boundary (- phase_723 1)))))
 (let (($x227829 (and (and (= read_index 6) (not false)) (= boundary (- phase_722 1)))))
 (let (($x209618 (and (and (= read_index 5) (not false)) (= boundary (- phase_721 1)))))
 (let (($x134176 (and (and (= read_index 4) (not false)) (= boundary (- phase_720 1)))))
 (let (($x227695 (and (and (= read_index 3) (not false)) (= boundary (- phase_719 1)))))
 (let (($x167602 (and (and (= read_index 2) (not false)) (= boundary (- phase_718 1)))))
 (let (($x17406 (and (and (= read_index 1) (not false)) (= boundary (- phase_716 1)))))
 (let (($x99985 (and (and (= read_index 0) (not false)) (= boundary (- phase_715 1)))))
 (let (($x286896 (or (and $x99985 $x148885) (and $x17406 $x148885) (and $x167602 $x148885) (and $x227695 $x148885) (and $x134176 $x148885) (and $x209618 $x148885) (and $x227829 $x148885) (and $x135017 $x148885))))
 (and $x286896 (and (distinct ?x150823 read_value) true)))))))))))))))))
(check-sat)
