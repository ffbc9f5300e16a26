(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_105 () Int)
(declare-fun phase_106 () Int)
(declare-fun phase_107 () Int)
(declare-fun phase_108 () Int)
(declare-fun read_value () Real)
(declare-fun x_111 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_105 0))
(assert
 (= phase_106 34))
(assert
 (= phase_107 34))
(assert
 (= phase_108 35))
(assert
 (let ((?x28791 (* (- 1.0) x_111)))
 (let (($x45659 (>= boundary 35)))
 (let ((?x31751 (ite $x45659 ?x28791 0.0)))
 (let ((?x61640 (+ (ite (>= boundary 1) (* 1.0 x_111) 0.0) ?x31751)))
 (let (($x27326 (= read_value x_111)))
 (let (($x38449 (= read_index 2)))
 (let (($x4555 (and (and $x38449 (not (= phase_105 (- phase_108 1)))) (= boundary (- phase_108 2)))))
 (let (($x26611 (and (and (= read_index 1) (not false)) (= boundary (- phase_107 1)))))
 (let (($x41043 (and (and (= read_index 0) (not false)) (= boundary (- phase_106 1)))))
 (and (or (and $x41043 $x27326) (and $x26611 $x27326) (and $x4555 $x27326)) (and (distinct ?x61640 read_value) true))))))))))))
(check-sat)
