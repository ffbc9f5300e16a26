(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_590 () Int)
(declare-fun phase_591 () Int)
(declare-fun phase_593 () Int)
(declare-fun phase_594 () Int)
(declare-fun phase_595 () Int)
(declare-fun phase_596 () Int)
(declare-fun phase_597 () Int)
(declare-fun phase_598 () Int)
(declare-fun phase_986 () Int)
(declare-fun phase_987 () Int)
(declare-fun phase_988 () Int)
(declare-fun read_value () Real)
(declare-fun x_833 () Real)
(declare-fun boundary () Int)
(declare-fun x_453 () Real)
(declare-fun read_index () Int)
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
 (= phase_598 22))
(assert
 (= phase_986 18))
(assert
 (= phase_987 18))
(assert
 (= phase_988 18))
(assert
 (let ((?x135782 (* (- 1.0) x_833)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x136497 (ite $x24162 ?x135782 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x135250 (ite $x208249 (* 1.0 x_833) 0.0)))
 (let ((?x89973 (* (- 1.0) x_453)))
 (let (($x272189 (>= boundary 19)))
 (let ((?x123851 (ite $x272189 ?x89973 0.0)))
 (let (($x103445 (>= boundary 15)))
 (let ((?x82991 (ite $x103445 (* 1.0 x_453) 0.0)))
 (let ((?x211419 (+ ?x82991 ?x123851 ?x135250 ?x136497)))
 (let (($x213624 (= read_value x_833)))
 (let (($x187934 (and (and (= read_index 10) (not false)) (= boundary (- phase_598 1)))))
 (let (($x191778 (and (and (= read_index 9) (not false)) (= boundary (- phase_597 1)))))
 (let (($x105277 (and (and (= read_index 8) (not false)) (= boundary (- phase_596 1)))))
 (let (($x4034 (and (and (= read_index 7) (not false)) (= boundary (- phase_595 1)))))
 (let (($x51361 (and (and (= read_index 6) (not false)) (= boundary (- phase_594 1)))))
 (let (($x196161 (and (and (= read_index 5) (not false)) (= boundary (- phase_593 1)))))
 (let (($x61222 (and (and (= read_index 4) (not false)) (= boundary (- phase_591 1)))))
 (let (($x23618 (and (and (= read_index 3) (not false)) (= boundary (- phase_590 1)))))
 (let (($x125137 (= read_value x_453)))
 (let (($x161702 (and (and (= read_index 2) (not false)) (= boundary (- phase_988 1)))))
 (let (($x210391 (and (and (= read_index 1) (not false)) (= boundary (- phase_987 1)))))
 (let (($x73318 (and (and (= read_index 0) (not false)) (= boundary (- phase_986 1)))))
 (let (($x36835 (or (and $x73318 $x125137) (and $x210391 $x125137) (and $x161702 $x125137) (and $x23618 $x213624) (and $x61222 $x213624) (and $x196161 $x213624) (and $x51361 $x213624) (and $x4034 $x213624) (and $x105277 $x213624) (and $x191778 $x213624) (and $x187934 $x213624))))
 (and $x36835 (and (distinct ?x211419 read_value) true))))))))))))))))))))))))))))
(check-sat)
