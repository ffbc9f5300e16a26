(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_414 () Int)
(declare-fun phase_422 () Int)
(declare-fun phase_511 () Int)
(declare-fun phase_520 () Int)
(declare-fun phase_605 () Int)
(declare-fun phase_606 () Int)
(declare-fun phase_607 () Int)
(declare-fun phase_608 () Int)
(declare-fun phase_609 () Int)
(declare-fun phase_611 () Int)
(declare-fun phase_612 () Int)
(declare-fun phase_613 () Int)
(declare-fun phase_635 () Int)
(declare-fun phase_644 () Int)
(declare-fun phase_653 () Int)
(declare-fun phase_662 () Int)
(declare-fun phase_671 () Int)
(declare-fun phase_680 () Int)
(declare-fun phase_689 () Int)
(declare-fun phase_698 () Int)
(declare-fun read_value () Real)
(declare-fun x_846 () Real)
(declare-fun boundary () Int)
(declare-fun x_535 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_414 18))
(assert
 (= phase_422 18))
(assert
 (= phase_511 18))
(assert
 (= phase_520 18))
(assert
 (= phase_605 22))
(assert
 (= phase_606 22))
(assert
 (= phase_607 22))
(assert
 (= phase_608 22))
(assert
 (= phase_609 22))
(assert
 (= phase_611 22))
(assert
 (= phase_612 22))
(assert
 (= phase_613 22))
(assert
 (= phase_635 18))
(assert
 (= phase_644 18))
(assert
 (= phase_653 18))
(assert
 (= phase_662 18))
(assert
 (= phase_671 18))
(assert
 (= phase_680 18))
(assert
 (= phase_689 18))
(assert
 (= phase_698 18))
(assert
 (let ((?x119748 (* (- 1.0) x_846)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x123364 (ite $x24162 ?x119748 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x107358 (ite $x208249 (* 1.0 x_846) 0.0)))
 (let ((?x63286 (* (- 1.0) x_535)))
 (let (($x272189 (>= boundary 19)))
 (let ((?x64808 (ite $x272189 ?x63286 0.0)))
 (let (($x103445 (>= boundary 15)))
 (let ((?x59134 (ite $x103445 (* 1.0 x_535) 0.0)))
 (let ((?x134157 (+ ?x59134 ?x64808 ?x107358 ?x123364)))
 (let (($x37952 (= read_value x_846)))
 (let (($x161404 (and (and (= read_index 19) (not false)) (= boundary (- phase_613 1)))))
 (let (($x109230 (and (and (= read_index 18) (not false)) (= boundary (- phase_612 1)))))
 (let (($x61459 (and (and (= read_index 17) (not false)) (= boundary (- phase_611 1)))))
 (let (($x246078 (and (and (= read_index 16) (not false)) (= boundary (- phase_609 1)))))
 (let (($x168327 (and (and (= read_index 15) (not false)) (= boundary (- phase_608 1)))))
 (let (($x44952 (and (and (= read_index 14) (not false)) (= boundary (- phase_607 1)))))
 (let (($x137849 (and (and (= read_index 13) (not false)) (= boundary (- phase_606 1)))))
 (let (($x125350 (and (and (= read_index 12) (not false)) (= boundary (- phase_605 1)))))
 (let (($x115010 (= read_value x_535)))
 (let (($x221268 (and (and (= read_index 11) (not false)) (= boundary (- phase_698 1)))))
 (let (($x71543 (and (and (= read_index 10) (not false)) (= boundary (- phase_689 1)))))
 (let (($x252331 (and (and (= read_index 9) (not false)) (= boundary (- phase_680 1)))))
 (let (($x180224 (and (and (= read_index 8) (not false)) (= boundary (- phase_671 1)))))
 (let (($x170788 (and (and (= read_index 7) (not false)) (= boundary (- phase_662 1)))))
 (let (($x50977 (and (and (= read_index 6) (not false)) (= boundary (- phase_653 1)))))
 (let (($x70489 (and (and (= read_index 5) (not false)) (= boundary (- phase_644 1)))))
 (let (($x49550 (and (and (= read_index 4) (not false)) (= boundary (- phase_635 1)))))
 (let (($x238311 (and (and (= read_index 3) (not false)) (= boundary (- phase_520 1)))))
 (let (($x183684 (and (and (= read_index 2) (not false)) (= boundary (- phase_511 1)))))
 (let (($x140996 (and (and (= read_index 1) (not false)) (= boundary (- phase_422 1)))))
 (let (($x113512 (and (and (= read_index 0) (not false)) (= boundary (- phase_414 1)))))
 (let (($x128559 (or (and $x113512 $x115010) (and $x140996 $x115010) (and $x183684 $x115010) (and $x238311 $x115010) (and $x49550 $x115010) (and $x70489 $x115010) (and $x50977 $x115010) (and $x170788 $x115010) (and $x180224 $x115010) (and $x252331 $x115010) (and $x71543 $x115010) (and $x221268 $x115010) (and $x125350 $x37952) (and $x137849 $x37952) (and $x44952 $x37952) (and $x168327 $x37952) (and $x246078 $x37952) (and $x61459 $x37952) (and $x109230 $x37952) (and $x161404 $x37952))))
 (and $x128559 (and (distinct ?x134157 read_value) true)))))))))))))))))))))))))))))))))))))
(check-sat)
