(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_756 () Int)
(declare-fun phase_757 () Int)
(declare-fun phase_758 () Int)
(declare-fun phase_759 () Int)
(declare-fun phase_760 () Int)
(declare-fun phase_761 () Int)
(declare-fun phase_763 () Int)
(declare-fun phase_764 () Int)
(declare-fun read_value () Real)
(declare-fun x_1053 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_756 22))
(assert
 (= phase_757 22))
(assert
 (= phase_758 22))
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
 (let ((?x49930 (* (- 1.0) x_1053)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x137371 (ite $x24162 ?x49930 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x44525 (ite $x208249 (* 1.0 x_1053) 0.0)))
 (let ((?x140680 (+ ?x44525 ?x137371)))
 (let (($x123988 (= read_value x_1053)))
 (let (($x172530 (and (and (= read_index 7) (not false)) (= boundary (- phase_764 1)))))
 (let (($x73686 (and (and (= read_index 6) (not false)) (= boundary (- phase_763 1)))))
 (let (($x165649 (and (and (= read_index 5) (not false)) (= boundary (- phase_761 1)))))
 (let (($x219543 (and (and (= read_index 4) (not false)) (= boundary (- phase_760 1)))))
 (let (($x57363 (and (and (= read_index 3) (not false)) (= boundary (- phase_759 1)))))
 (let (($x68523 (and (and (= read_index 2) (not false)) (= boundary (- phase_758 1)))))
 (let (($x167887 (and (and (= read_index 1) (not false)) (= boundary (- phase_757 1)))))
 (let (($x90001 (and (and (= read_index 0) (not false)) (= boundary (- phase_756 1)))))
 (let (($x45705 (or (and $x90001 $x123988) (and $x167887 $x123988) (and $x68523 $x123988) (and $x57363 $x123988) (and $x219543 $x123988) (and $x165649 $x123988) (and $x73686 $x123988) (and $x172530 $x123988))))
 (and $x45705 (and (distinct ?x140680 read_value) true)))))))))))))))))))
(check-sat)
