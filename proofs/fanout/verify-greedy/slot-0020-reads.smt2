(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_11 () Int)
(declare-fun phase_47 () Int)
(declare-fun phase_84 () Int)
(declare-fun phase_121 () Int)
(declare-fun phase_158 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_27 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_11 2))
(assert
 (= phase_47 6))
(assert
 (= phase_84 6))
(assert
 (= phase_121 6))
(assert
 (= phase_158 10))
(assert
 (= phase_282 3))
(assert
 (let ((?x25902 (* (- 1.0) x_27)))
 (let (($x18406 (>= boundary 11)))
 (let ((?x38993 (ite $x18406 ?x25902 0.0)))
 (let ((?x56142 (+ (ite (>= boundary 3) (* 1.0 x_27) 0.0) ?x38993)))
 (let (($x58972 (= read_value x_27)))
 (let (($x105111 (= read_index 4)))
 (let (($x31683 (and (and $x105111 (not (= phase_11 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x84926 (and (and (= read_index 3) (not false)) (= boundary (- phase_158 1)))))
 (let (($x17628 (and (and (= read_index 2) (not false)) (= boundary (- phase_121 1)))))
 (let (($x36046 (and (and (= read_index 1) (not false)) (= boundary (- phase_84 1)))))
 (let (($x57105 (and (and (= read_index 0) (not false)) (= boundary (- phase_47 1)))))
 (let (($x11537 (or (and $x57105 $x58972) (and $x36046 $x58972) (and $x17628 $x58972) (and $x84926 $x58972) (and $x31683 $x58972))))
 (and $x11537 (and (distinct ?x56142 read_value) true)))))))))))))))
(check-sat)
