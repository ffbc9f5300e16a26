(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_242 () Int)
(declare-fun phase_269 () Int)
(declare-fun phase_278 () Int)
(declare-fun phase_325 () Int)
(declare-fun phase_480 () Int)
(declare-fun read_value () Real)
(declare-fun x_274 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_242 14))
(assert
 (= phase_269 15))
(assert
 (= phase_278 18))
(assert
 (= phase_325 20))
(assert
 (= phase_480 36))
(assert
 (let ((?x112688 (* (- 1.0) x_274)))
 (let (($x105968 (>= boundary 37)))
 (let ((?x113228 (ite $x105968 ?x112688 0.0)))
 (let ((?x133575 (+ (ite (>= boundary 15) (* 1.0 x_274) 0.0) ?x113228)))
 (let (($x101596 (= read_value x_274)))
 (let (($x112525 (and (and (= read_index 3) (not false)) (= boundary (- phase_480 1)))))
 (let (($x22958 (and (and (= read_index 2) (not false)) (= boundary (- phase_325 1)))))
 (let (($x132451 (and (and (= read_index 1) (not false)) (= boundary (- phase_278 1)))))
 (let (($x53696 (= read_index 0)))
 (let (($x111608 (and (and $x53696 (not (= phase_242 (- phase_269 1)))) (= boundary (- phase_269 2)))))
 (let (($x98687 (or (and $x111608 $x101596) (and $x132451 $x101596) (and $x22958 $x101596) (and $x112525 $x101596))))
 (and $x98687 (and (distinct ?x133575 read_value) true))))))))))))))
(check-sat)
