(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_213 () Int)
(declare-fun phase_227 () Int)
(declare-fun phase_249 () Int)
(declare-fun phase_338 () Int)
(declare-fun phase_385 () Int)
(declare-fun phase_407 () Int)
(declare-fun read_value () Real)
(declare-fun x_210 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_213 14))
(assert
 (= phase_227 14))
(assert
 (= phase_249 15))
(assert
 (= phase_338 18))
(assert
 (= phase_385 24))
(assert
 (= phase_407 30))
(assert
 (let ((?x115570 (* (- 1.0) x_210)))
 (let (($x23693 (>= boundary 31)))
 (let ((?x115625 (ite $x23693 ?x115570 0.0)))
 (let ((?x120694 (+ (ite (>= boundary 9) (* 1.0 x_210) 0.0) ?x115625)))
 (let (($x110579 (= read_value x_210)))
 (let (($x111909 (and (and (= read_index 5) (not false)) (= boundary (- phase_407 1)))))
 (let (($x117743 (and (and (= read_index 4) (not false)) (= boundary (- phase_385 1)))))
 (let (($x105826 (and (and (= read_index 3) (not false)) (= boundary (- phase_338 1)))))
 (let (($x100247 (and (and (= read_index 2) (not false)) (= boundary (- phase_249 2)))))
 (let (($x108936 (and (and (= read_index 1) (not false)) (= boundary (- phase_227 1)))))
 (let (($x110196 (and (and (= read_index 0) (not false)) (= boundary (- phase_213 1)))))
 (let (($x26519 (or (and $x110196 $x110579) (and $x108936 $x110579) (and $x100247 $x110579) (and $x105826 $x110579) (and $x117743 $x110579) (and $x111909 $x110579))))
 (and $x26519 (and (distinct ?x120694 read_value) true)))))))))))))))
(check-sat)
