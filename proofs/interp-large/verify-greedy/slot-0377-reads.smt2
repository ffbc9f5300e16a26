(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_720 () Int)
(declare-fun phase_721 () Int)
(declare-fun phase_722 () Int)
(declare-fun phase_723 () Int)
(declare-fun phase_724 () Int)
(declare-fun phase_725 () Int)
(declare-fun phase_727 () Int)
(declare-fun phase_728 () Int)
(declare-fun read_value () Real)
(declare-fun x_1021 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_720 22))
(assert
 (= phase_721 22))
(assert
 (= phase_722 22))
(assert
 (= phase_723 22))
(assert
 (= phase_724 22))
(assert
 (= phase_725 22))
(assert
 (= phase_727 22))
(assert
 (= phase_728 22))
(assert
 (let ((?x93105 (* (- 1.0) x_1021)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x121276 (ite $x24162 ?x93105 0.0)))
 (let ((?x136154 (+ (ite (>= boundary 21) (* 1.0 x_1021) 0.0) ?x121276)))
 (let (($x137014 (= read_value x_1021)))
 (let (($x124796 (and (and (= read_index 7) (not false)) (= boundary (- phase_728 1)))))
 (let (($x111091 (and (and (= read_index 6) (not false)) (= boundary (- phase_727 1)))))
 (let (($x93565 (and (and (= read_index 5) (not false)) (= boundary (- phase_725 1)))))
 (let (($x123298 (and (and (= read_index 4) (not false)) (= boundary (- phase_724 1)))))
 (let (($x236567 (and (and (= read_index 3) (not false)) (= boundary (- phase_723 1)))))
 (let (($x245742 (and (and (= read_index 2) (not false)) (= boundary (- phase_722 1)))))
 (let (($x91590 (and (and (= read_index 1) (not false)) (= boundary (- phase_721 1)))))
 (let (($x131014 (and (and (= read_index 0) (not false)) (= boundary (- phase_720 1)))))
 (let (($x225157 (or (and $x131014 $x137014) (and $x91590 $x137014) (and $x245742 $x137014) (and $x236567 $x137014) (and $x123298 $x137014) (and $x93565 $x137014) (and $x111091 $x137014) (and $x124796 $x137014))))
 (and $x225157 (and (distinct ?x136154 read_value) true)))))))))))))))))
(check-sat)
