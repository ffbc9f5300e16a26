(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_32 () Int)
(declare-fun phase_68 () Int)
(declare-fun phase_105 () Int)
(declare-fun phase_142 () Int)
(declare-fun phase_179 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_48 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_32 2))
(assert
 (= phase_68 6))
(assert
 (= phase_105 6))
(assert
 (= phase_142 10))
(assert
 (= phase_179 10))
(assert
 (= phase_282 3))
(assert
 (let ((?x30260 (* (- 1.0) x_48)))
 (let (($x18406 (>= boundary 11)))
 (let ((?x37919 (ite $x18406 ?x30260 0.0)))
 (let ((?x41389 (+ (ite (>= boundary 3) (* 1.0 x_48) 0.0) ?x37919)))
 (let (($x43604 (= read_value x_48)))
 (let (($x105111 (= read_index 4)))
 (let (($x85918 (and (and $x105111 (not (= phase_32 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x19363 (and (and (= read_index 3) (not false)) (= boundary (- phase_179 1)))))
 (let (($x86695 (and (and (= read_index 2) (not false)) (= boundary (- phase_142 1)))))
 (let (($x14055 (and (and (= read_index 1) (not false)) (= boundary (- phase_105 1)))))
 (let (($x28582 (and (and (= read_index 0) (not false)) (= boundary (- phase_68 1)))))
 (let (($x29108 (or (and $x28582 $x43604) (and $x14055 $x43604) (and $x86695 $x43604) (and $x19363 $x43604) (and $x85918 $x43604))))
 (and $x29108 (and (distinct ?x41389 read_value) true)))))))))))))))
(check-sat)
