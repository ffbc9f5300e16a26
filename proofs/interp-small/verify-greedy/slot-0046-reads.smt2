(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_197 () Int)
(declare-fun phase_198 () Int)
(declare-fun phase_199 () Int)
(declare-fun phase_200 () Int)
(declare-fun read_value () Real)
(declare-fun x_67 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_197 10))
(assert
 (= phase_198 10))
(assert
 (= phase_199 10))
(assert
 (= phase_200 10))
(assert
 (let ((?x22603 (* 1.0 x_67)))
 (let (($x28505 (>= boundary 7)))
 (let ((?x34454 (ite $x28505 ?x22603 0.0)))
 (let (($x11822 (= read_value x_67)))
 (let (($x19781 (and (and (= read_index 3) (not false)) (= boundary (- phase_200 1)))))
 (let (($x12706 (and (and (= read_index 2) (not false)) (= boundary (- phase_199 1)))))
 (let (($x11615 (and (and (= read_index 1) (not false)) (= boundary (- phase_198 1)))))
 (let (($x1239 (and (and (= read_index 0) (not false)) (= boundary (- phase_197 1)))))
 (let (($x25859 (or (and $x1239 $x11822) (and $x11615 $x11822) (and $x12706 $x11822) (and $x19781 $x11822) (and (and (= read_index 4) (= boundary 35)) $x11822))))
 (and $x25859 (and (distinct ?x34454 read_value) true))))))))))))
(check-sat)
