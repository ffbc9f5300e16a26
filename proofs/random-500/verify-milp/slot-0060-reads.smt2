(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_41 () Int)
(declare-fun phase_93 () Int)
(declare-fun phase_95 () Int)
(declare-fun phase_157 () Int)
(declare-fun phase_187 () Int)
(declare-fun phase_188 () Int)
(declare-fun phase_259 () Int)
(declare-fun phase_355 () Int)
(declare-fun phase_447 () Int)
(declare-fun read_value () Real)
(declare-fun x_59 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_41 2))
(assert
 (= phase_93 6))
(assert
 (= phase_95 5))
(assert
 (= phase_157 12))
(assert
 (= phase_187 10))
(assert
 (= phase_188 14))
(assert
 (= phase_259 24))
(assert
 (= phase_355 32))
(assert
 (= phase_447 39))
(assert
 (let ((?x109292 (* (- 1.0) x_59)))
 (let (($x54498 (>= boundary 39)))
 (let ((?x111511 (ite $x54498 ?x109292 0.0)))
 (let ((?x118105 (+ (ite (>= boundary 3) (* 1.0 x_59) 0.0) ?x111511)))
 (let (($x106726 (= read_value x_59)))
 (let (($x70919 (= read_index 7)))
 (let (($x114382 (and (and $x70919 (not (= phase_41 (- phase_447 1)))) (= boundary (- phase_447 2)))))
 (let (($x115499 (and (and (= read_index 6) (not false)) (= boundary (- phase_355 1)))))
 (let (($x106183 (and (and (= read_index 5) (not false)) (= boundary (- phase_259 1)))))
 (let (($x63048 (and (and (= read_index 4) (not false)) (= boundary (- phase_188 1)))))
 (let (($x44071 (and (and (= read_index 3) (not false)) (= boundary (- phase_187 1)))))
 (let (($x117712 (and (and (= read_index 2) (not false)) (= boundary (- phase_157 1)))))
 (let (($x131665 (and (and (= read_index 1) (not (= phase_41 (- phase_95 1)))) (= boundary (- phase_95 2)))))
 (let (($x105358 (and (and (= read_index 0) (not false)) (= boundary (- phase_93 1)))))
 (let (($x102602 (or (and $x105358 $x106726) (and $x131665 $x106726) (and $x117712 $x106726) (and $x44071 $x106726) (and $x63048 $x106726) (and $x106183 $x106726) (and $x115499 $x106726) (and $x114382 $x106726))))
 (and $x102602 (and (distinct ?x118105 read_value) true))))))))))))))))))
(check-sat)
