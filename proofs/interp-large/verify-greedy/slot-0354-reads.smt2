(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_614 () Int)
(declare-fun phase_615 () Int)
(declare-fun phase_616 () Int)
(declare-fun phase_617 () Int)
(declare-fun phase_618 () Int)
(declare-fun phase_620 () Int)
(declare-fun phase_621 () Int)
(declare-fun phase_622 () Int)
(declare-fun read_value () Real)
(declare-fun x_854 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
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
 (= phase_622 22))
(assert
 (let ((?x90010 (* (- 1.0) x_854)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x117809 (ite $x24162 ?x90010 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x80032 (ite $x208249 (* 1.0 x_854) 0.0)))
 (let ((?x133007 (+ ?x80032 ?x117809)))
 (let (($x70492 (= read_value x_854)))
 (let (($x207 (and (and (= read_index 7) (not false)) (= boundary (- phase_622 1)))))
 (let (($x260118 (and (and (= read_index 6) (not false)) (= boundary (- phase_621 1)))))
 (let (($x173439 (and (and (= read_index 5) (not false)) (= boundary (- phase_620 1)))))
 (let (($x192073 (and (and (= read_index 4) (not false)) (= boundary (- phase_618 1)))))
 (let (($x250374 (and (and (= read_index 3) (not false)) (= boundary (- phase_617 1)))))
 (let (($x30251 (and (and (= read_index 2) (not false)) (= boundary (- phase_616 1)))))
 (let (($x170848 (and (and (= read_index 1) (not false)) (= boundary (- phase_615 1)))))
 (let (($x48503 (and (and (= read_index 0) (not false)) (= boundary (- phase_614 1)))))
 (let (($x129116 (or (and $x48503 $x70492) (and $x170848 $x70492) (and $x30251 $x70492) (and $x250374 $x70492) (and $x192073 $x70492) (and $x173439 $x70492) (and $x260118 $x70492) (and $x207 $x70492))))
 (and $x129116 (and (distinct ?x133007 read_value) true)))))))))))))))))))
(check-sat)
