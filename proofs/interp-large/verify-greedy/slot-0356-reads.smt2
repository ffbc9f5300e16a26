(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_616 () Int)
(declare-fun phase_617 () Int)
(declare-fun phase_618 () Int)
(declare-fun phase_620 () Int)
(declare-fun phase_621 () Int)
(declare-fun phase_622 () Int)
(declare-fun phase_623 () Int)
(declare-fun phase_624 () Int)
(declare-fun read_value () Real)
(declare-fun x_856 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
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
 (= phase_624 22))
(assert
 (let ((?x33284 (* (- 1.0) x_856)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x57789 (ite $x24162 ?x33284 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x7581 (ite $x208249 (* 1.0 x_856) 0.0)))
 (let ((?x71307 (+ ?x7581 ?x57789)))
 (let (($x154158 (= read_value x_856)))
 (let (($x215883 (and (and (= read_index 7) (not false)) (= boundary (- phase_624 1)))))
 (let (($x70978 (and (and (= read_index 6) (not false)) (= boundary (- phase_623 1)))))
 (let (($x30218 (and (and (= read_index 5) (not false)) (= boundary (- phase_622 1)))))
 (let (($x127843 (and (and (= read_index 4) (not false)) (= boundary (- phase_621 1)))))
 (let (($x142781 (and (and (= read_index 3) (not false)) (= boundary (- phase_620 1)))))
 (let (($x63161 (and (and (= read_index 2) (not false)) (= boundary (- phase_618 1)))))
 (let (($x96792 (and (and (= read_index 1) (not false)) (= boundary (- phase_617 1)))))
 (let (($x151474 (and (and (= read_index 0) (not false)) (= boundary (- phase_616 1)))))
 (let (($x152425 (or (and $x151474 $x154158) (and $x96792 $x154158) (and $x63161 $x154158) (and $x142781 $x154158) (and $x127843 $x154158) (and $x30218 $x154158) (and $x70978 $x154158) (and $x215883 $x154158))))
 (and $x152425 (and (distinct ?x71307 read_value) true)))))))))))))))))))
(check-sat)
