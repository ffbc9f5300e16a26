(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_613 () Int)
(declare-fun phase_614 () Int)
(declare-fun phase_615 () Int)
(declare-fun phase_616 () Int)
(declare-fun phase_617 () Int)
(declare-fun phase_618 () Int)
(declare-fun phase_620 () Int)
(declare-fun phase_621 () Int)
(declare-fun read_value () Real)
(declare-fun x_853 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_613 22))
(assert
 (= phase_614 22))
(assert
 (= phase_615 22))
(assert
 (= phase_616 22))
(assert
 (= phase_617 22))
(assert
 (= phase_618 22))
(assert
 (= phase_620 22))
(assert
 (= phase_621 22))
(assert
 (let ((?x51523 (* (- 1.0) x_853)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x56186 (ite $x24162 ?x51523 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x45519 (ite $x208249 (* 1.0 x_853) 0.0)))
 (let ((?x72797 (+ ?x45519 ?x56186)))
 (let (($x105277 (= read_value x_853)))
 (let (($x133216 (and (and (= read_index 7) (not false)) (= boundary (- phase_621 1)))))
 (let (($x223118 (and (and (= read_index 6) (not false)) (= boundary (- phase_620 1)))))
 (let (($x114573 (and (and (= read_index 5) (not false)) (= boundary (- phase_618 1)))))
 (let (($x235372 (and (and (= read_index 4) (not false)) (= boundary (- phase_617 1)))))
 (let (($x217425 (and (and (= read_index 3) (not false)) (= boundary (- phase_616 1)))))
 (let (($x162717 (and (and (= read_index 2) (not false)) (= boundary (- phase_615 1)))))
 (let (($x121601 (and (and (= read_index 1) (not false)) (= boundary (- phase_614 1)))))
 (let (($x33701 (and (and (= read_index 0) (not false)) (= boundary (- phase_613 1)))))
 (let (($x219023 (or (and $x33701 $x105277) (and $x121601 $x105277) (and $x162717 $x105277) (and $x217425 $x105277) (and $x235372 $x105277) (and $x114573 $x105277) (and $x223118 $x105277) (and $x133216 $x105277))))
 (and $x219023 (and (distinct ?x72797 read_value) true)))))))))))))))))))
(check-sat)
