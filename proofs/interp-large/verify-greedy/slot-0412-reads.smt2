(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_759 () Int)
(declare-fun phase_760 () Int)
(declare-fun phase_761 () Int)
(declare-fun phase_763 () Int)
(declare-fun phase_764 () Int)
(declare-fun phase_765 () Int)
(declare-fun phase_766 () Int)
(declare-fun phase_767 () Int)
(declare-fun read_value () Real)
(declare-fun x_1056 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_759 22))
(assert
 (= phase_760 22))
(assert
 (= phase_761 22))
(assert
 (= phase_763 22))
(assert
 (= phase_764 22))
(assert
 (= phase_765 22))
(assert
 (= phase_766 22))
(assert
 (= phase_767 22))
(assert
 (let ((?x110069 (* (- 1.0) x_1056)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x120770 (ite $x24162 ?x110069 0.0)))
 (let ((?x135057 (+ (ite (>= boundary 21) (* 1.0 x_1056) 0.0) ?x120770)))
 (let (($x149305 (= read_value x_1056)))
 (let (($x96140 (and (and (= read_index 7) (not false)) (= boundary (- phase_767 1)))))
 (let (($x151501 (and (and (= read_index 6) (not false)) (= boundary (- phase_766 1)))))
 (let (($x180441 (and (and (= read_index 5) (not false)) (= boundary (- phase_765 1)))))
 (let (($x224160 (and (and (= read_index 4) (not false)) (= boundary (- phase_764 1)))))
 (let (($x183543 (and (and (= read_index 3) (not false)) (= boundary (- phase_763 1)))))
 (let (($x175407 (and (and (= read_index 2) (not false)) (= boundary (- phase_761 1)))))
 (let (($x139617 (and (and (= read_index 1) (not false)) (= boundary (- phase_760 1)))))
 (let (($x146744 (and (and (= read_index 0) (not false)) (= boundary (- phase_759 1)))))
 (let (($x31918 (or (and $x146744 $x149305) (and $x139617 $x149305) (and $x175407 $x149305) (and $x183543 $x149305) (and $x224160 $x149305) (and $x180441 $x149305) (and $x151501 $x149305) (and $x96140 $x149305))))
 (and $x31918 (and (distinct ?x135057 read_value) true)))))))))))))))))
(check-sat)
