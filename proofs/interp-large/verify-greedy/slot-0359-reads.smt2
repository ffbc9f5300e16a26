(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_620 () Int)
(declare-fun phase_621 () Int)
(declare-fun phase_622 () Int)
(declare-fun phase_623 () Int)
(declare-fun phase_624 () Int)
(declare-fun phase_625 () Int)
(declare-fun phase_626 () Int)
(declare-fun phase_627 () Int)
(declare-fun read_value () Real)
(declare-fun x_859 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
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
 (= phase_627 22))
(assert
 (let ((?x53724 (* (- 1.0) x_859)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x75570 (ite $x24162 ?x53724 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x47992 (ite $x208249 (* 1.0 x_859) 0.0)))
 (let ((?x129820 (+ ?x47992 ?x75570)))
 (let (($x103967 (= read_value x_859)))
 (let (($x21287 (and (and (= read_index 7) (not false)) (= boundary (- phase_627 1)))))
 (let (($x143623 (and (and (= read_index 6) (not false)) (= boundary (- phase_626 1)))))
 (let (($x216471 (and (and (= read_index 5) (not false)) (= boundary (- phase_625 1)))))
 (let (($x146760 (and (and (= read_index 4) (not false)) (= boundary (- phase_624 1)))))
 (let (($x36744 (and (and (= read_index 3) (not false)) (= boundary (- phase_623 1)))))
 (let (($x216419 (and (and (= read_index 2) (not false)) (= boundary (- phase_622 1)))))
 (let (($x107036 (and (and (= read_index 1) (not false)) (= boundary (- phase_621 1)))))
 (let (($x102857 (and (and (= read_index 0) (not false)) (= boundary (- phase_620 1)))))
 (let (($x7844 (or (and $x102857 $x103967) (and $x107036 $x103967) (and $x216419 $x103967) (and $x36744 $x103967) (and $x146760 $x103967) (and $x216471 $x103967) (and $x143623 $x103967) (and $x21287 $x103967))))
 (and $x7844 (and (distinct ?x129820 read_value) true)))))))))))))))))))
(check-sat)
