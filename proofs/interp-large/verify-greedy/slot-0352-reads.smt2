(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_612 () Int)
(declare-fun phase_613 () Int)
(declare-fun phase_614 () Int)
(declare-fun phase_615 () Int)
(declare-fun phase_616 () Int)
(declare-fun phase_617 () Int)
(declare-fun phase_618 () Int)
(declare-fun phase_620 () Int)
(declare-fun read_value () Real)
(declare-fun x_852 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_612 22))
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
 (let ((?x79898 (* (- 1.0) x_852)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x102052 (ite $x24162 ?x79898 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x73790 (ite $x208249 (* 1.0 x_852) 0.0)))
 (let ((?x115621 (+ ?x73790 ?x102052)))
 (let (($x127768 (= read_value x_852)))
 (let (($x168120 (and (and (= read_index 7) (not false)) (= boundary (- phase_620 1)))))
 (let (($x49798 (and (and (= read_index 6) (not false)) (= boundary (- phase_618 1)))))
 (let (($x45475 (and (and (= read_index 5) (not false)) (= boundary (- phase_617 1)))))
 (let (($x30251 (and (and (= read_index 4) (not false)) (= boundary (- phase_616 1)))))
 (let (($x57423 (and (and (= read_index 3) (not false)) (= boundary (- phase_615 1)))))
 (let (($x145814 (and (and (= read_index 2) (not false)) (= boundary (- phase_614 1)))))
 (let (($x27473 (and (and (= read_index 1) (not false)) (= boundary (- phase_613 1)))))
 (let (($x118762 (and (and (= read_index 0) (not false)) (= boundary (- phase_612 1)))))
 (let (($x178511 (or (and $x118762 $x127768) (and $x27473 $x127768) (and $x145814 $x127768) (and $x57423 $x127768) (and $x30251 $x127768) (and $x45475 $x127768) (and $x49798 $x127768) (and $x168120 $x127768))))
 (and $x178511 (and (distinct ?x115621 read_value) true)))))))))))))))))))
(check-sat)
