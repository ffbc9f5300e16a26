(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_434 () Int)
(declare-fun phase_443 () Int)
(declare-fun phase_452 () Int)
(declare-fun phase_461 () Int)
(declare-fun phase_470 () Int)
(declare-fun phase_479 () Int)
(declare-fun phase_488 () Int)
(declare-fun phase_497 () Int)
(declare-fun phase_558 () Int)
(declare-fun phase_567 () Int)
(declare-fun phase_576 () Int)
(declare-fun phase_585 () Int)
(declare-fun phase_594 () Int)
(declare-fun phase_603 () Int)
(declare-fun phase_612 () Int)
(declare-fun phase_621 () Int)
(declare-fun phase_710 () Int)
(declare-fun phase_719 () Int)
(declare-fun phase_728 () Int)
(declare-fun phase_737 () Int)
(declare-fun phase_746 () Int)
(declare-fun phase_755 () Int)
(declare-fun phase_764 () Int)
(declare-fun phase_773 () Int)
(declare-fun read_value () Real)
(declare-fun x_547 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_434 22))
(assert
 (= phase_443 22))
(assert
 (= phase_452 22))
(assert
 (= phase_461 22))
(assert
 (= phase_470 22))
(assert
 (= phase_479 22))
(assert
 (= phase_488 22))
(assert
 (= phase_497 22))
(assert
 (= phase_558 22))
(assert
 (= phase_567 22))
(assert
 (= phase_576 22))
(assert
 (= phase_585 22))
(assert
 (= phase_594 22))
(assert
 (= phase_603 22))
(assert
 (= phase_612 22))
(assert
 (= phase_621 22))
(assert
 (= phase_710 22))
(assert
 (= phase_719 22))
(assert
 (= phase_728 22))
(assert
 (= phase_737 22))
(assert
 (= phase_746 22))
(assert
 (= phase_755 22))
(assert
 (= phase_764 22))
(assert
 (= phase_773 22))
(assert
 (let ((?x22424 (* (- 1.0) x_547)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x25464 (ite $x24162 ?x22424 0.0)))
 (let (($x103445 (>= boundary 15)))
 (let ((?x14322 (ite $x103445 (* 1.0 x_547) 0.0)))
 (let ((?x32257 (+ ?x14322 ?x25464)))
 (let (($x57510 (= read_value x_547)))
 (let (($x44513 (and (and (= read_index 23) (not false)) (= boundary (- phase_773 1)))))
 (let (($x133254 (and (and (= read_index 22) (not false)) (= boundary (- phase_764 1)))))
 (let (($x219408 (and (and (= read_index 21) (not false)) (= boundary (- phase_755 1)))))
 (let (($x165647 (and (and (= read_index 20) (not false)) (= boundary (- phase_746 1)))))
 (let (($x84125 (and (and (= read_index 19) (not false)) (= boundary (- phase_737 1)))))
 (let (($x155581 (and (and (= read_index 18) (not false)) (= boundary (- phase_728 1)))))
 (let (($x173720 (and (and (= read_index 17) (not false)) (= boundary (- phase_719 1)))))
 (let (($x99925 (and (and (= read_index 16) (not false)) (= boundary (- phase_710 1)))))
 (let (($x227788 (and (and (= read_index 15) (not false)) (= boundary (- phase_621 1)))))
 (let (($x43214 (and (and (= read_index 14) (not false)) (= boundary (- phase_612 1)))))
 (let (($x38771 (and (and (= read_index 13) (not false)) (= boundary (- phase_603 1)))))
 (let (($x22445 (and (and (= read_index 12) (not false)) (= boundary (- phase_594 1)))))
 (let (($x113926 (and (and (= read_index 11) (not false)) (= boundary (- phase_585 1)))))
 (let (($x53887 (and (and (= read_index 10) (not false)) (= boundary (- phase_576 1)))))
 (let (($x137015 (and (and (= read_index 9) (not false)) (= boundary (- phase_567 1)))))
 (let (($x182475 (and (and (= read_index 8) (not false)) (= boundary (- phase_558 1)))))
 (let (($x119330 (and (and (= read_index 7) (not false)) (= boundary (- phase_497 1)))))
 (let (($x44913 (and (and (= read_index 6) (not false)) (= boundary (- phase_488 1)))))
 (let (($x56708 (and (and (= read_index 5) (not false)) (= boundary (- phase_479 1)))))
 (let (($x338234 (and (and (= read_index 4) (not false)) (= boundary (- phase_470 1)))))
 (let (($x211486 (and (and (= read_index 3) (not false)) (= boundary (- phase_461 1)))))
 (let (($x140691 (and (and (= read_index 2) (not false)) (= boundary (- phase_452 1)))))
 (let (($x97155 (and (and (= read_index 1) (not false)) (= boundary (- phase_443 1)))))
 (let (($x55580 (and (and (= read_index 0) (not false)) (= boundary (- phase_434 1)))))
 (let (($x134212 (or (and $x55580 $x57510) (and $x97155 $x57510) (and $x140691 $x57510) (and $x211486 $x57510) (and $x338234 $x57510) (and $x56708 $x57510) (and $x44913 $x57510) (and $x119330 $x57510) (and $x182475 $x57510) (and $x137015 $x57510) (and $x53887 $x57510) (and $x113926 $x57510) (and $x22445 $x57510) (and $x38771 $x57510) (and $x43214 $x57510) (and $x227788 $x57510) (and $x99925 $x57510) (and $x173720 $x57510) (and $x155581 $x57510) (and $x84125 $x57510) (and $x165647 $x57510) (and $x219408 $x57510) (and $x133254 $x57510) (and $x44513 $x57510))))
 (and $x134212 (and (distinct ?x32257 read_value) true)))))))))))))))))))))))))))))))))))
(check-sat)
