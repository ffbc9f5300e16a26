(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_34 () Int)
(declare-fun phase_35 () Int)
(declare-fun phase_36 () Int)
(declare-fun phase_49 () Int)
(declare-fun phase_50 () Int)
(declare-fun phase_51 () Int)
(declare-fun phase_107 () Int)
(declare-fun phase_111 () Int)
(declare-fun phase_126 () Int)
(declare-fun phase_129 () Int)
(declare-fun read_value () Real)
(declare-fun x_142 () Real)
(declare-fun boundary () Int)
(declare-fun x_30 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_34 2))
(assert
 (= phase_35 2))
(assert
 (= phase_36 2))
(assert
 (= phase_49 6))
(assert
 (= phase_50 6))
(assert
 (= phase_51 6))
(assert
 (= phase_107 2))
(assert
 (= phase_111 4))
(assert
 (= phase_126 4))
(assert
 (= phase_129 4))
(assert
 (let ((?x19726 (* 1.0 x_142)))
 (let (($x11172 (>= boundary 9)))
 (let ((?x21375 (ite $x11172 ?x19726 0.0)))
 (let ((?x11173 (* (- 1.0) x_30)))
 (let (($x40023 (>= boundary 7)))
 (let ((?x11308 (ite $x40023 ?x11173 0.0)))
 (let (($x12640 (>= boundary 1)))
 (let ((?x9437 (ite $x12640 (* 1.0 x_30) 0.0)))
 (let ((?x23902 (+ ?x9437 ?x11308 ?x21375)))
 (let (($x25713 (= read_value x_142)))
 (let (($x11629 (= read_value x_30)))
 (let (($x47476 (and (and (= read_index 9) (not false)) (= boundary (- phase_129 1)))))
 (let (($x2211 (and (and (= read_index 8) (not false)) (= boundary (- phase_126 1)))))
 (let (($x9519 (and (and (= read_index 7) (not false)) (= boundary (- phase_111 1)))))
 (let (($x19954 (and (and (= read_index 6) (not false)) (= boundary (- phase_107 1)))))
 (let (($x30609 (and (and (= read_index 5) (not false)) (= boundary (- phase_51 1)))))
 (let (($x22030 (and (and (= read_index 4) (not false)) (= boundary (- phase_50 1)))))
 (let (($x22934 (and (and (= read_index 3) (not false)) (= boundary (- phase_49 1)))))
 (let (($x16931 (and (and (= read_index 2) (not false)) (= boundary (- phase_36 1)))))
 (let (($x21644 (and (and (= read_index 1) (not false)) (= boundary (- phase_35 1)))))
 (let (($x10722 (and (and (= read_index 0) (not false)) (= boundary (- phase_34 1)))))
 (let (($x26012 (or (and $x10722 $x11629) (and $x21644 $x11629) (and $x16931 $x11629) (and $x22934 $x11629) (and $x22030 $x11629) (and $x30609 $x11629) (and $x19954 $x11629) (and $x9519 $x11629) (and $x2211 $x11629) (and $x47476 $x11629) (and (and (= read_index 10) (= boundary 11)) $x25713))))
 (and $x26012 (and (distinct ?x23902 read_value) true)))))))))))))))))))))))))
(check-sat)
