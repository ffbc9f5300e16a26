(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_770 () Int)
(declare-fun phase_772 () Int)
(declare-fun phase_773 () Int)
(declare-fun phase_774 () Int)
(declare-fun phase_775 () Int)
(declare-fun phase_776 () Int)
(declare-fun phase_777 () Int)
(declare-fun phase_778 () Int)
(declare-fun read_value () Real)
(declare-fun x_1066 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_770 22))
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
 (let ((?x93803 (* (- 1.0) x_1066)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x132082 (ite $x24162 ?x93803 0.0)))
 (let ((?x146994 (+ (ite (>= boundary 21) (* 1.0 x_1066) 0.0) ?x132082)))
 (let (($x120576 (= read_value x_1066)))
 (let (($x286067 (and (and (= read_index 7) (not false)) (= boundary (- phase_778 1)))))
 (let (($x56321 (and (and (= read_index 6) (not false)) (= boundary (- phase_777 1)))))
 (let (($x254058 (and (and (= read_index 5) (not false)) (= boundary (- phase_776 1)))))
 (let (($x33152 (and (and (= read_index 4) (not false)) (= boundary (- phase_775 1)))))
 (let (($x139070 (and (and (= read_index 3) (not false)) (= boundary (- phase_774 1)))))
 (let (($x57966 (and (and (= read_index 2) (not false)) (= boundary (- phase_773 1)))))
 (let (($x128899 (and (and (= read_index 1) (not false)) (= boundary (- phase_772 1)))))
 (let (($x112220 (and (and (= read_index 0) (not false)) (= boundary (- phase_770 1)))))
 (let (($x85629 (or (and $x112220 $x120576) (and $x128899 $x120576) (and $x57966 $x120576) (and $x139070 $x120576) (and $x33152 $x120576) (and $x254058 $x120576) (and $x56321 $x120576) (and $x286067 $x120576))))
 (and $x85629 (and (distinct ?x146994 read_value) true)))))))))))))))))
(check-sat)
