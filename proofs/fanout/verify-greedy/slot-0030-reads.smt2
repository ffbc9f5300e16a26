(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_21 () Int)
(declare-fun phase_57 () Int)
(declare-fun phase_94 () Int)
(declare-fun phase_131 () Int)
(declare-fun phase_168 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_37 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_21 2))
(assert
 (= phase_57 6))
(assert
 (= phase_94 6))
(assert
 (= phase_131 10))
(assert
 (= phase_168 10))
(assert
 (= phase_282 3))
(assert
 (let ((?x36238 (* (- 1.0) x_37)))
 (let (($x18406 (>= boundary 11)))
 (let ((?x57844 (ite $x18406 ?x36238 0.0)))
 (let ((?x81061 (+ (ite (>= boundary 3) (* 1.0 x_37) 0.0) ?x57844)))
 (let (($x72320 (= read_value x_37)))
 (let (($x105111 (= read_index 4)))
 (let (($x84582 (and (and $x105111 (not (= phase_21 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x62383 (and (and (= read_index 3) (not false)) (= boundary (- phase_168 1)))))
 (let (($x10992 (and (and (= read_index 2) (not false)) (= boundary (- phase_131 1)))))
 (let (($x85706 (and (and (= read_index 1) (not false)) (= boundary (- phase_94 1)))))
 (let (($x59544 (and (and (= read_index 0) (not false)) (= boundary (- phase_57 1)))))
 (let (($x22155 (or (and $x59544 $x72320) (and $x85706 $x72320) (and $x10992 $x72320) (and $x62383 $x72320) (and $x84582 $x72320))))
 (and $x22155 (and (distinct ?x81061 read_value) true)))))))))))))))
(check-sat)
