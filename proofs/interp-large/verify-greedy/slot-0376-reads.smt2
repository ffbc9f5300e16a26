(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_719 () Int)
(declare-fun phase_720 () Int)
(declare-fun phase_721 () Int)
(declare-fun phase_722 () Int)
(declare-fun phase_723 () Int)
(declare-fun phase_724 () Int)
(declare-fun phase_725 () Int)
(declare-fun phase_727 () Int)
(declare-fun read_value () Real)
(declare-fun x_1020 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
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
 (= phase_724 22))
(assert
 (= phase_725 22))
(assert
 (= phase_727 22))
(assert
 (let ((?x98913 (* (- 1.0) x_1020)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x151686 (ite $x24162 ?x98913 0.0)))
 (let ((?x165741 (+ (ite (>= boundary 21) (* 1.0 x_1020) 0.0) ?x151686)))
 (let (($x155162 (= read_value x_1020)))
 (let (($x275376 (and (and (= read_index 7) (not false)) (= boundary (- phase_727 1)))))
 (let (($x153601 (and (and (= read_index 6) (not false)) (= boundary (- phase_725 1)))))
 (let (($x63553 (and (and (= read_index 5) (not false)) (= boundary (- phase_724 1)))))
 (let (($x238883 (and (and (= read_index 4) (not false)) (= boundary (- phase_723 1)))))
 (let (($x32544 (and (and (= read_index 3) (not false)) (= boundary (- phase_722 1)))))
 (let (($x107257 (and (and (= read_index 2) (not false)) (= boundary (- phase_721 1)))))
 (let (($x187716 (and (and (= read_index 1) (not false)) (= boundary (- phase_720 1)))))
 (let (($x137427 (and (and (= read_index 0) (not false)) (= boundary (- phase_719 1)))))
 (let (($x57883 (or (and $x137427 $x155162) (and $x187716 $x155162) (and $x107257 $x155162) (and $x32544 $x155162) (and $x238883 $x155162) (and $x63553 $x155162) (and $x153601 $x155162) (and $x275376 $x155162))))
 (and $x57883 (and (distinct ?x165741 read_value) true)))))))))))))))))
(check-sat)
