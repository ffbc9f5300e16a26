(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_12 () Int)
(declare-fun phase_48 () Int)
(declare-fun phase_85 () Int)
(declare-fun phase_122 () Int)
(declare-fun phase_159 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_28 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_12 2))
(assert
 (= phase_48 6))
(assert
 (= phase_85 6))
(assert
 (= phase_122 6))
(assert
 (= phase_159 10))
(assert
 (= phase_282 3))
(assert
 (let ((?x28936 (* (- 1.0) x_28)))
 (let (($x18406 (>= boundary 11)))
 (let ((?x34297 (ite $x18406 ?x28936 0.0)))
 (let ((?x58336 (+ (ite (>= boundary 3) (* 1.0 x_28) 0.0) ?x34297)))
 (let (($x87766 (= read_value x_28)))
 (let (($x105111 (= read_index 4)))
 (let (($x20102 (and (and $x105111 (not (= phase_12 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x58729 (and (and (= read_index 3) (not false)) (= boundary (- phase_159 1)))))
 (let (($x10989 (and (and (= read_index 2) (not false)) (= boundary (- phase_122 1)))))
 (let (($x30991 (and (and (= read_index 1) (not false)) (= boundary (- phase_85 1)))))
 (let (($x86733 (and (and (= read_index 0) (not false)) (= boundary (- phase_48 1)))))
 (let (($x46309 (or (and $x86733 $x87766) (and $x30991 $x87766) (and $x10989 $x87766) (and $x58729 $x87766) (and $x20102 $x87766))))
 (and $x46309 (and (distinct ?x58336 read_value) true)))))))))))))))
(check-sat)
