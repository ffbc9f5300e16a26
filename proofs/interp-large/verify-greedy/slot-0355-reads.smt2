(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_615 () Int)
(declare-fun phase_616 () Int)
(declare-fun phase_617 () Int)
(declare-fun phase_618 () Int)
(declare-fun phase_620 () Int)
(declare-fun phase_621 () Int)
(declare-fun phase_622 () Int)
(declare-fun phase_623 () Int)
(declare-fun read_value () Real)
(declare-fun x_855 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
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
 (= phase_623 22))
(assert
 (let ((?x110234 (* (- 1.0) x_855)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x133254 (ite $x24162 ?x110234 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x80660 (ite $x208249 (* 1.0 x_855) 0.0)))
 (let ((?x144654 (+ ?x80660 ?x133254)))
 (let (($x88221 (= read_value x_855)))
 (let (($x215344 (and (and (= read_index 7) (not false)) (= boundary (- phase_623 1)))))
 (let (($x127435 (and (and (= read_index 6) (not false)) (= boundary (- phase_622 1)))))
 (let (($x247989 (and (and (= read_index 5) (not false)) (= boundary (- phase_621 1)))))
 (let (($x223006 (and (and (= read_index 4) (not false)) (= boundary (- phase_620 1)))))
 (let (($x191690 (and (and (= read_index 3) (not false)) (= boundary (- phase_618 1)))))
 (let (($x170482 (and (and (= read_index 2) (not false)) (= boundary (- phase_617 1)))))
 (let (($x211637 (and (and (= read_index 1) (not false)) (= boundary (- phase_616 1)))))
 (let (($x65866 (and (and (= read_index 0) (not false)) (= boundary (- phase_615 1)))))
 (let (($x219887 (or (and $x65866 $x88221) (and $x211637 $x88221) (and $x170482 $x88221) (and $x191690 $x88221) (and $x223006 $x88221) (and $x247989 $x88221) (and $x127435 $x88221) (and $x215344 $x88221))))
 (and $x219887 (and (distinct ?x144654 read_value) true)))))))))))))))))))
(check-sat)
