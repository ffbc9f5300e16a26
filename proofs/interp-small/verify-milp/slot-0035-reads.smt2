(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_42 () Int)
(declare-fun phase_145 () Int)
(declare-fun phase_152 () Int)
(declare-fun read_value () Real)
(declare-fun x_48 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_42 10))
(assert
 (= phase_145 34))
(assert
 (= phase_152 34))
(assert
 (let ((?x29259 (* (- 1.0) x_48)))
 (let (($x21637 (>= boundary 35)))
 (let ((?x56916 (ite $x21637 ?x29259 0.0)))
 (let ((?x14671 (+ (ite (>= boundary 5) (* 1.0 x_48) 0.0) ?x56916)))
 (let (($x2756 (= read_value x_48)))
 (let (($x10569 (and (and (= read_index 2) (not false)) (= boundary (- phase_152 1)))))
 (let (($x8011 (and (and (= read_index 1) (not false)) (= boundary (- phase_145 1)))))
 (let (($x30181 (and (and (= read_index 0) (not false)) (= boundary (- phase_42 1)))))
 (and (or (and $x30181 $x2756) (and $x8011 $x2756) (and $x10569 $x2756)) (and (distinct ?x14671 read_value) true)))))))))))
(check-sat)
