(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_617 () Int)
(declare-fun phase_618 () Int)
(declare-fun phase_620 () Int)
(declare-fun phase_621 () Int)
(declare-fun phase_622 () Int)
(declare-fun phase_623 () Int)
(declare-fun phase_624 () Int)
(declare-fun phase_625 () Int)
(declare-fun read_value () Real)
(declare-fun x_857 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
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
 (= phase_624 22))
(assert
 (= phase_625 22))
(assert
 (let ((?x100036 (* (- 1.0) x_857)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x113090 (ite $x24162 ?x100036 0.0)))
 (let ((?x123923 (+ (ite (>= boundary 21) (* 1.0 x_857) 0.0) ?x113090)))
 (let (($x167135 (= read_value x_857)))
 (let (($x69041 (and (and (= read_index 7) (not false)) (= boundary (- phase_625 1)))))
 (let (($x218004 (and (and (= read_index 6) (not false)) (= boundary (- phase_624 1)))))
 (let (($x198557 (and (and (= read_index 5) (not false)) (= boundary (- phase_623 1)))))
 (let (($x205299 (and (and (= read_index 4) (not false)) (= boundary (- phase_622 1)))))
 (let (($x121244 (and (and (= read_index 3) (not false)) (= boundary (- phase_621 1)))))
 (let (($x70978 (and (and (= read_index 2) (not false)) (= boundary (- phase_620 1)))))
 (let (($x216358 (and (and (= read_index 1) (not false)) (= boundary (- phase_618 1)))))
 (let (($x135291 (and (and (= read_index 0) (not false)) (= boundary (- phase_617 1)))))
 (let (($x198530 (or (and $x135291 $x167135) (and $x216358 $x167135) (and $x70978 $x167135) (and $x121244 $x167135) (and $x205299 $x167135) (and $x198557 $x167135) (and $x218004 $x167135) (and $x69041 $x167135))))
 (and $x198530 (and (distinct ?x123923 read_value) true)))))))))))))))))
(check-sat)
