(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_414 () Int)
(declare-fun phase_422 () Int)
(declare-fun phase_511 () Int)
(declare-fun phase_520 () Int)
(declare-fun phase_635 () Int)
(declare-fun phase_644 () Int)
(declare-fun phase_653 () Int)
(declare-fun phase_662 () Int)
(declare-fun phase_671 () Int)
(declare-fun phase_680 () Int)
(declare-fun phase_689 () Int)
(declare-fun phase_698 () Int)
(declare-fun phase_981 () Int)
(declare-fun read_value () Real)
(declare-fun x_1331 () Real)
(declare-fun boundary () Int)
(declare-fun x_535 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_414 18))
(assert
 (= phase_422 18))
(assert
 (= phase_511 26))
(assert
 (= phase_520 26))
(assert
 (= phase_635 26))
(assert
 (= phase_644 26))
(assert
 (= phase_653 26))
(assert
 (= phase_662 30))
(assert
 (= phase_671 26))
(assert
 (= phase_680 26))
(assert
 (= phase_689 26))
(assert
 (= phase_698 26))
(assert
 (= phase_981 42))
(assert
 (let ((?x142206 (* (- 1.0) x_1331)))
 (let (($x139643 (>= boundary 43)))
 (let ((?x146408 (ite $x139643 ?x142206 0.0)))
 (let (($x145087 (>= boundary 33)))
 (let ((?x139557 (ite $x145087 (* 1.0 x_1331) 0.0)))
 (let ((?x64414 (* (- 1.0) x_535)))
 (let (($x164108 (>= boundary 31)))
 (let ((?x78083 (ite $x164108 ?x64414 0.0)))
 (let (($x172763 (>= boundary 15)))
 (let ((?x49966 (ite $x172763 (* 1.0 x_535) 0.0)))
 (let ((?x152954 (+ ?x49966 ?x78083 ?x139557 ?x146408)))
 (let (($x42936 (= read_value x_1331)))
 (let (($x109987 (and (and (= read_index 12) (not false)) (= boundary (- phase_981 1)))))
 (let (($x87940 (= read_value x_535)))
 (let (($x35328 (and (and (= read_index 11) (not false)) (= boundary (- phase_698 1)))))
 (let (($x98919 (and (and (= read_index 10) (not false)) (= boundary (- phase_689 1)))))
 (let (($x141003 (and (and (= read_index 9) (not false)) (= boundary (- phase_680 1)))))
 (let (($x99109 (and (and (= read_index 8) (not false)) (= boundary (- phase_671 1)))))
 (let (($x74656 (and (and (= read_index 7) (not false)) (= boundary (- phase_662 1)))))
 (let (($x215957 (and (and (= read_index 6) (not false)) (= boundary (- phase_653 1)))))
 (let (($x29795 (and (and (= read_index 5) (not false)) (= boundary (- phase_644 1)))))
 (let (($x145296 (and (and (= read_index 4) (not false)) (= boundary (- phase_635 1)))))
 (let (($x159985 (and (and (= read_index 3) (not false)) (= boundary (- phase_520 1)))))
 (let (($x202670 (and (and (= read_index 2) (not false)) (= boundary (- phase_511 1)))))
 (let (($x147781 (and (and (= read_index 1) (not false)) (= boundary (- phase_422 1)))))
 (let (($x85574 (and (and (= read_index 0) (not false)) (= boundary (- phase_414 1)))))
 (let (($x162801 (or (and $x85574 $x87940) (and $x147781 $x87940) (and $x202670 $x87940) (and $x159985 $x87940) (and $x145296 $x87940) (and $x29795 $x87940) (and $x215957 $x87940) (and $x74656 $x87940) (and $x99109 $x87940) (and $x141003 $x87940) (and $x98919 $x87940) (and $x35328 $x87940) (and $x109987 $x42936))))
 (and $x162801 (and (distinct ?x152954 read_value) true))))))))))))))))))))))))))))))
(check-sat)
