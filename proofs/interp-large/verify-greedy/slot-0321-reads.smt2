(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_589 () Int)
(declare-fun phase_590 () Int)
(declare-fun phase_591 () Int)
(declare-fun phase_593 () Int)
(declare-fun phase_594 () Int)
(declare-fun phase_595 () Int)
(declare-fun phase_596 () Int)
(declare-fun phase_597 () Int)
(declare-fun phase_966 () Int)
(declare-fun phase_967 () Int)
(declare-fun phase_968 () Int)
(declare-fun read_value () Real)
(declare-fun x_832 () Real)
(declare-fun boundary () Int)
(declare-fun x_444 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_589 22))
(assert
 (= phase_590 22))
(assert
 (= phase_591 22))
(assert
 (= phase_593 22))
(assert
 (= phase_594 22))
(assert
 (= phase_595 22))
(assert
 (= phase_596 22))
(assert
 (= phase_597 22))
(assert
 (= phase_966 18))
(assert
 (= phase_967 18))
(assert
 (= phase_968 18))
(assert
 (let ((?x135745 (* (- 1.0) x_832)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x139260 (ite $x24162 ?x135745 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x119746 (ite $x208249 (* 1.0 x_832) 0.0)))
 (let ((?x55471 (* (- 1.0) x_444)))
 (let (($x272189 (>= boundary 19)))
 (let ((?x76090 (ite $x272189 ?x55471 0.0)))
 (let (($x103445 (>= boundary 15)))
 (let ((?x54922 (ite $x103445 (* 1.0 x_444) 0.0)))
 (let ((?x153723 (+ ?x54922 ?x76090 ?x119746 ?x139260)))
 (let (($x29953 (= read_value x_832)))
 (let (($x61661 (and (and (= read_index 10) (not false)) (= boundary (- phase_597 1)))))
 (let (($x189331 (and (and (= read_index 9) (not false)) (= boundary (- phase_596 1)))))
 (let (($x133208 (and (and (= read_index 8) (not false)) (= boundary (- phase_595 1)))))
 (let (($x191507 (and (and (= read_index 7) (not false)) (= boundary (- phase_594 1)))))
 (let (($x181380 (and (and (= read_index 6) (not false)) (= boundary (- phase_593 1)))))
 (let (($x190273 (and (and (= read_index 5) (not false)) (= boundary (- phase_591 1)))))
 (let (($x198693 (and (and (= read_index 4) (not false)) (= boundary (- phase_590 1)))))
 (let (($x161414 (and (and (= read_index 3) (not false)) (= boundary (- phase_589 1)))))
 (let (($x83254 (= read_value x_444)))
 (let (($x166023 (and (and (= read_index 2) (not false)) (= boundary (- phase_968 1)))))
 (let (($x212918 (and (and (= read_index 1) (not false)) (= boundary (- phase_967 1)))))
 (let (($x75766 (and (and (= read_index 0) (not false)) (= boundary (- phase_966 1)))))
 (let (($x223212 (or (and $x75766 $x83254) (and $x212918 $x83254) (and $x166023 $x83254) (and $x161414 $x29953) (and $x198693 $x29953) (and $x190273 $x29953) (and $x181380 $x29953) (and $x191507 $x29953) (and $x133208 $x29953) (and $x189331 $x29953) (and $x61661 $x29953))))
 (and $x223212 (and (distinct ?x153723 read_value) true))))))))))))))))))))))))))))
(check-sat)
