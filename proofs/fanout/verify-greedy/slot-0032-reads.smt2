(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_23 () Int)
(declare-fun phase_59 () Int)
(declare-fun phase_96 () Int)
(declare-fun phase_133 () Int)
(declare-fun phase_170 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_39 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_23 2))
(assert
 (= phase_59 6))
(assert
 (= phase_96 6))
(assert
 (= phase_133 10))
(assert
 (= phase_170 10))
(assert
 (= phase_282 3))
(assert
 (let ((?x59148 (* (- 1.0) x_39)))
 (let (($x18406 (>= boundary 11)))
 (let ((?x74236 (ite $x18406 ?x59148 0.0)))
 (let ((?x80556 (+ (ite (>= boundary 3) (* 1.0 x_39) 0.0) ?x74236)))
 (let (($x59567 (= read_value x_39)))
 (let (($x105111 (= read_index 4)))
 (let (($x105127 (and (and $x105111 (not (= phase_23 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x9237 (and (and (= read_index 3) (not false)) (= boundary (- phase_170 1)))))
 (let (($x11361 (and (and (= read_index 2) (not false)) (= boundary (- phase_133 1)))))
 (let (($x23407 (and (and (= read_index 1) (not false)) (= boundary (- phase_96 1)))))
 (let (($x23846 (and (and (= read_index 0) (not false)) (= boundary (- phase_59 1)))))
 (let (($x28485 (or (and $x23846 $x59567) (and $x23407 $x59567) (and $x11361 $x59567) (and $x9237 $x59567) (and $x105127 $x59567))))
 (and $x28485 (and (distinct ?x80556 read_value) true)))))))))))))))
(check-sat)
