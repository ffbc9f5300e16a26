(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_772 () Int)
(declare-fun phase_773 () Int)
(declare-fun phase_774 () Int)
(declare-fun phase_775 () Int)
(declare-fun phase_776 () Int)
(declare-fun phase_777 () Int)
(declare-fun phase_778 () Int)
(declare-fun phase_779 () Int)
(declare-fun read_value () Real)
(declare-fun x_1067 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_772 22))
(assert
 (= phase_773 22))
(assert
 (= phase_774 22))
(assert
 (= phase_775 22))
(assert
 (= phase_776 22))
(assert
 (= phase_777 22))
(assert
 (= phase_778 22))
(assert
 (= phase_779 22))
(assert
 (let ((?x160527 (* (- 1.0) x_1067)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x180364 (ite $x24162 ?x160527 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x114492 (ite $x208249 (* 1.0 x_1067) 0.0)))
 (let ((?x195955 (+ ?x114492 ?x180364)))
 (let (($x143361 (= read_value x_1067)))
 (let (($x738 (and (and (= read_index 7) (not false)) (= boundary (- phase_779 1)))))
 (let (($x29080 (and (and (= read_index 6) (not false)) (= boundary (- phase_778 1)))))
 (let (($x117332 (and (and (= read_index 5) (not false)) (= boundary (- phase_777 1)))))
 (let (($x105876 (and (and (= read_index 4) (not false)) (= boundary (- phase_776 1)))))
 (let (($x52587 (and (and (= read_index 3) (not false)) (= boundary (- phase_775 1)))))
 (let (($x145727 (and (and (= read_index 2) (not false)) (= boundary (- phase_774 1)))))
 (let (($x292920 (and (and (= read_index 1) (not false)) (= boundary (- phase_773 1)))))
 (let (($x142706 (and (and (= read_index 0) (not false)) (= boundary (- phase_772 1)))))
 (let (($x12091 (or (and $x142706 $x143361) (and $x292920 $x143361) (and $x145727 $x143361) (and $x52587 $x143361) (and $x105876 $x143361) (and $x117332 $x143361) (and $x29080 $x143361) (and $x738 $x143361))))
 (and $x12091 (and (distinct ?x195955 read_value) true)))))))))))))))))))
(check-sat)
