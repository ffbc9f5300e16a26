(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_596 () Int)
(declare-fun phase_597 () Int)
(declare-fun phase_598 () Int)
(declare-fun phase_599 () Int)
(declare-fun phase_600 () Int)
(declare-fun phase_602 () Int)
(declare-fun phase_603 () Int)
(declare-fun phase_604 () Int)
(declare-fun phase_1066 () Int)
(declare-fun phase_1067 () Int)
(declare-fun phase_1068 () Int)
(declare-fun read_value () Real)
(declare-fun x_838 () Real)
(declare-fun boundary () Int)
(declare-fun x_498 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_596 22))
(assert
 (= phase_597 22))
(assert
 (= phase_598 22))
(assert
 (= phase_599 22))
(assert
 (= phase_600 22))
(assert
 (= phase_602 22))
(assert
 (= phase_603 22))
(assert
 (= phase_604 22))
(assert
 (= phase_1066 18))
(assert
 (= phase_1067 18))
(assert
 (= phase_1068 18))
(assert
 (let ((?x218156 (* (- 1.0) x_838)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x225155 (ite $x24162 ?x218156 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x218001 (ite $x208249 (* 1.0 x_838) 0.0)))
 (let ((?x98023 (* (- 1.0) x_498)))
 (let (($x272189 (>= boundary 19)))
 (let ((?x124703 (ite $x272189 ?x98023 0.0)))
 (let (($x103445 (>= boundary 15)))
 (let ((?x56387 (ite $x103445 (* 1.0 x_498) 0.0)))
 (let ((?x226408 (+ ?x56387 ?x124703 ?x218001 ?x225155)))
 (let (($x158031 (= read_value x_838)))
 (let (($x119748 (and (and (= read_index 10) (not false)) (= boundary (- phase_604 1)))))
 (let (($x189193 (and (and (= read_index 9) (not false)) (= boundary (- phase_603 1)))))
 (let (($x75972 (and (and (= read_index 8) (not false)) (= boundary (- phase_602 1)))))
 (let (($x182739 (and (and (= read_index 7) (not false)) (= boundary (- phase_600 1)))))
 (let (($x136180 (and (and (= read_index 6) (not false)) (= boundary (- phase_599 1)))))
 (let (($x164322 (and (and (= read_index 5) (not false)) (= boundary (- phase_598 1)))))
 (let (($x32034 (and (and (= read_index 4) (not false)) (= boundary (- phase_597 1)))))
 (let (($x164214 (and (and (= read_index 3) (not false)) (= boundary (- phase_596 1)))))
 (let (($x107671 (= read_value x_498)))
 (let (($x167511 (and (and (= read_index 2) (not false)) (= boundary (- phase_1068 1)))))
 (let (($x167044 (and (and (= read_index 1) (not false)) (= boundary (- phase_1067 1)))))
 (let (($x107371 (and (and (= read_index 0) (not false)) (= boundary (- phase_1066 1)))))
 (let (($x36835 (or (and $x107371 $x107671) (and $x167044 $x107671) (and $x167511 $x107671) (and $x164214 $x158031) (and $x32034 $x158031) (and $x164322 $x158031) (and $x136180 $x158031) (and $x182739 $x158031) (and $x75972 $x158031) (and $x189193 $x158031) (and $x119748 $x158031))))
 (and $x36835 (and (distinct ?x226408 read_value) true))))))))))))))))))))))))))))
(check-sat)
