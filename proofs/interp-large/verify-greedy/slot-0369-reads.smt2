(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_711 () Int)
(declare-fun phase_712 () Int)
(declare-fun phase_713 () Int)
(declare-fun phase_714 () Int)
(declare-fun phase_715 () Int)
(declare-fun phase_716 () Int)
(declare-fun phase_718 () Int)
(declare-fun phase_719 () Int)
(declare-fun read_value () Real)
(declare-fun x_1013 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_711 22))
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
 (let ((?x61709 (* (- 1.0) x_1013)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x63282 (ite $x24162 ?x61709 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x40552 (ite $x208249 (* 1.0 x_1013) 0.0)))
 (let ((?x63521 (+ ?x40552 ?x63282)))
 (let (($x193521 (= read_value x_1013)))
 (let (($x221723 (and (and (= read_index 7) (not false)) (= boundary (- phase_719 1)))))
 (let (($x126505 (and (and (= read_index 6) (not false)) (= boundary (- phase_718 1)))))
 (let (($x168369 (and (and (= read_index 5) (not false)) (= boundary (- phase_716 1)))))
 (let (($x101453 (and (and (= read_index 4) (not false)) (= boundary (- phase_715 1)))))
 (let (($x48939 (and (and (= read_index 3) (not false)) (= boundary (- phase_714 1)))))
 (let (($x155586 (and (and (= read_index 2) (not false)) (= boundary (- phase_713 1)))))
 (let (($x144638 (and (and (= read_index 1) (not false)) (= boundary (- phase_712 1)))))
 (let (($x145923 (and (and (= read_index 0) (not false)) (= boundary (- phase_711 1)))))
 (let (($x84227 (or (and $x145923 $x193521) (and $x144638 $x193521) (and $x155586 $x193521) (and $x48939 $x193521) (and $x101453 $x193521) (and $x168369 $x193521) (and $x126505 $x193521) (and $x221723 $x193521))))
 (and $x84227 (and (distinct ?x63521 read_value) true)))))))))))))))))))
(check-sat)
