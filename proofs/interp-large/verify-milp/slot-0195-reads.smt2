(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_943 () Int)
(declare-fun phase_959 () Int)
(declare-fun phase_1091 () Int)
(declare-fun read_value () Real)
(declare-fun x_155 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_943 32))
(assert
 (= phase_959 42))
(assert
 (= phase_1091 43))
(assert
 (let ((?x134586 (* (- 1.0) x_155)))
 (let (($x139643 (>= boundary 43)))
 (let ((?x138045 (ite $x139643 ?x134586 0.0)))
 (let ((?x155939 (+ (ite (>= boundary 15) (* 1.0 x_155) 0.0) ?x138045)))
 (let (($x108234 (= read_value x_155)))
 (let (($x205431 (and (and (= read_index 2) (not false)) (= boundary (- phase_1091 2)))))
 (let (($x211904 (and (and (= read_index 1) (not false)) (= boundary (- phase_959 1)))))
 (let (($x197558 (and (and (= read_index 0) (not false)) (= boundary (- phase_943 1)))))
 (and (or (and $x197558 $x108234) (and $x211904 $x108234) (and $x205431 $x108234)) (and (distinct ?x155939 read_value) true)))))))))))
(check-sat)
