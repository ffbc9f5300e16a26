(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_712 () Int)
(declare-fun phase_713 () Int)
(declare-fun phase_714 () Int)
(declare-fun phase_715 () Int)
(declare-fun phase_716 () Int)
(declare-fun phase_718 () Int)
(declare-fun phase_719 () Int)
(declare-fun phase_720 () Int)
(declare-fun read_value () Real)
(declare-fun x_1014 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_712 22))
(assert
 (= phase_713 22))
(assert
 (= phase_714 22))
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
 (let ((?x108003 (* (- 1.0) x_1014)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x117199 (ite $x24162 ?x108003 0.0)))
 (let ((?x140250 (+ (ite (>= boundary 21) (* 1.0 x_1014) 0.0) ?x117199)))
 (let (($x141119 (= read_value x_1014)))
 (let (($x16228 (and (and (= read_index 7) (not false)) (= boundary (- phase_720 1)))))
 (let (($x85588 (and (and (= read_index 6) (not false)) (= boundary (- phase_719 1)))))
 (let (($x139446 (and (and (= read_index 5) (not false)) (= boundary (- phase_718 1)))))
 (let (($x115285 (and (and (= read_index 4) (not false)) (= boundary (- phase_716 1)))))
 (let (($x114975 (and (and (= read_index 3) (not false)) (= boundary (- phase_715 1)))))
 (let (($x126168 (and (and (= read_index 2) (not false)) (= boundary (- phase_714 1)))))
 (let (($x227109 (and (and (= read_index 1) (not false)) (= boundary (- phase_713 1)))))
 (let (($x115587 (and (and (= read_index 0) (not false)) (= boundary (- phase_712 1)))))
 (let (($x182367 (or (and $x115587 $x141119) (and $x227109 $x141119) (and $x126168 $x141119) (and $x114975 $x141119) (and $x115285 $x141119) (and $x139446 $x141119) (and $x85588 $x141119) (and $x16228 $x141119))))
 (and $x182367 (and (distinct ?x140250 read_value) true)))))))))))))))))
(check-sat)
