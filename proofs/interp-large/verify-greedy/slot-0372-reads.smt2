(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_714 () Int)
(declare-fun phase_715 () Int)
(declare-fun phase_716 () Int)
(declare-fun phase_718 () Int)
(declare-fun phase_719 () Int)
(declare-fun phase_720 () Int)
(declare-fun phase_721 () Int)
(declare-fun phase_722 () Int)
(declare-fun read_value () Real)
(declare-fun x_1016 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
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
 (= phase_721 22))
(assert
 (= phase_722 22))
(assert
 (let ((?x58147 (* (- 1.0) x_1016)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x89006 (ite $x24162 ?x58147 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x44525 (ite $x208249 (* 1.0 x_1016) 0.0)))
 (let ((?x111726 (+ ?x44525 ?x89006)))
 (let (($x155586 (= read_value x_1016)))
 (let (($x220928 (and (and (= read_index 7) (not false)) (= boundary (- phase_722 1)))))
 (let (($x94250 (and (and (= read_index 6) (not false)) (= boundary (- phase_721 1)))))
 (let (($x90656 (and (and (= read_index 5) (not false)) (= boundary (- phase_720 1)))))
 (let (($x155133 (and (and (= read_index 4) (not false)) (= boundary (- phase_719 1)))))
 (let (($x38658 (and (and (= read_index 3) (not false)) (= boundary (- phase_718 1)))))
 (let (($x158495 (and (and (= read_index 2) (not false)) (= boundary (- phase_716 1)))))
 (let (($x156331 (and (and (= read_index 1) (not false)) (= boundary (- phase_715 1)))))
 (let (($x112292 (and (and (= read_index 0) (not false)) (= boundary (- phase_714 1)))))
 (let (($x162717 (or (and $x112292 $x155586) (and $x156331 $x155586) (and $x158495 $x155586) (and $x38658 $x155586) (and $x155133 $x155586) (and $x90656 $x155586) (and $x94250 $x155586) (and $x220928 $x155586))))
 (and $x162717 (and (distinct ?x111726 read_value) true)))))))))))))))))))
(check-sat)
