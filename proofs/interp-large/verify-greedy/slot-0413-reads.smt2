(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_760 () Int)
(declare-fun phase_761 () Int)
(declare-fun phase_763 () Int)
(declare-fun phase_764 () Int)
(declare-fun phase_765 () Int)
(declare-fun phase_766 () Int)
(declare-fun phase_767 () Int)
(declare-fun phase_768 () Int)
(declare-fun read_value () Real)
(declare-fun x_1057 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
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
 (= phase_768 22))
(assert
 (let ((?x72948 (* (- 1.0) x_1057)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x149534 (ite $x24162 ?x72948 0.0)))
 (let ((?x165156 (+ (ite (>= boundary 21) (* 1.0 x_1057) 0.0) ?x149534)))
 (let (($x167887 (= read_value x_1057)))
 (let (($x123923 (and (and (= read_index 7) (not false)) (= boundary (- phase_768 1)))))
 (let (($x183533 (and (and (= read_index 6) (not false)) (= boundary (- phase_767 1)))))
 (let (($x4374 (and (and (= read_index 5) (not false)) (= boundary (- phase_766 1)))))
 (let (($x2771 (and (and (= read_index 4) (not false)) (= boundary (- phase_765 1)))))
 (let (($x262279 (and (and (= read_index 3) (not false)) (= boundary (- phase_764 1)))))
 (let (($x295661 (and (and (= read_index 2) (not false)) (= boundary (- phase_763 1)))))
 (let (($x150047 (and (and (= read_index 1) (not false)) (= boundary (- phase_761 1)))))
 (let (($x145501 (and (and (= read_index 0) (not false)) (= boundary (- phase_760 1)))))
 (let (($x139617 (or (and $x145501 $x167887) (and $x150047 $x167887) (and $x295661 $x167887) (and $x262279 $x167887) (and $x2771 $x167887) (and $x4374 $x167887) (and $x183533 $x167887) (and $x123923 $x167887))))
 (and $x139617 (and (distinct ?x165156 read_value) true)))))))))))))))))
(check-sat)
