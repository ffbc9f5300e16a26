(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_736 () Int)
(declare-fun phase_737 () Int)
(declare-fun phase_738 () Int)
(declare-fun phase_739 () Int)
(declare-fun phase_740 () Int)
(declare-fun phase_741 () Int)
(declare-fun phase_742 () Int)
(declare-fun phase_743 () Int)
(declare-fun read_value () Real)
(declare-fun x_1035 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_736 22))
(assert
 (= phase_737 22))
(assert
 (= phase_738 22))
(assert
 (= phase_739 22))
(assert
 (= phase_740 22))
(assert
 (= phase_741 22))
(assert
 (= phase_742 22))
(assert
 (= phase_743 22))
(assert
 (let ((?x115014 (* (- 1.0) x_1035)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x121283 (ite $x24162 ?x115014 0.0)))
 (let ((?x131739 (+ (ite (>= boundary 21) (* 1.0 x_1035) 0.0) ?x121283)))
 (let (($x155579 (= read_value x_1035)))
 (let (($x56439 (and (and (= read_index 7) (not false)) (= boundary (- phase_743 1)))))
 (let (($x27724 (and (and (= read_index 6) (not false)) (= boundary (- phase_742 1)))))
 (let (($x160901 (and (and (= read_index 5) (not false)) (= boundary (- phase_741 1)))))
 (let (($x73877 (and (and (= read_index 4) (not false)) (= boundary (- phase_740 1)))))
 (let (($x155543 (and (and (= read_index 3) (not false)) (= boundary (- phase_739 1)))))
 (let (($x156835 (and (and (= read_index 2) (not false)) (= boundary (- phase_738 1)))))
 (let (($x160666 (and (and (= read_index 1) (not false)) (= boundary (- phase_737 1)))))
 (let (($x137371 (and (and (= read_index 0) (not false)) (= boundary (- phase_736 1)))))
 (let (($x16205 (or (and $x137371 $x155579) (and $x160666 $x155579) (and $x156835 $x155579) (and $x155543 $x155579) (and $x73877 $x155579) (and $x160901 $x155579) (and $x27724 $x155579) (and $x56439 $x155579))))
 (and $x16205 (and (distinct ?x131739 read_value) true)))))))))))))))))
(check-sat)
