(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_20 () Int)
(declare-fun phase_56 () Int)
(declare-fun phase_93 () Int)
(declare-fun phase_130 () Int)
(declare-fun phase_167 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_36 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_20 2))
(assert
 (= phase_56 6))
(assert
 (= phase_93 10))
(assert
 (= phase_130 6))
(assert
 (= phase_167 10))
(assert
 (= phase_282 11))
(assert
 (let ((?x28869 (* (- 1.0) x_36)))
 (let (($x17940 (>= boundary 11)))
 (let ((?x29489 (ite $x17940 ?x28869 0.0)))
 (let (($x13403 (>= boundary 3)))
 (let ((?x22443 (ite $x13403 (* 1.0 x_36) 0.0)))
 (let ((?x34291 (+ ?x22443 ?x29489)))
 (let (($x35056 (= read_value x_36)))
 (let (($x41365 (= read_index 4)))
 (let (($x26666 (and (and $x41365 (not (= phase_20 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x28666 (and (and (= read_index 3) (not false)) (= boundary (- phase_167 1)))))
 (let (($x26989 (and (and (= read_index 2) (not false)) (= boundary (- phase_130 1)))))
 (let (($x49608 (and (and (= read_index 1) (not false)) (= boundary (- phase_93 1)))))
 (let (($x29842 (and (and (= read_index 0) (not false)) (= boundary (- phase_56 1)))))
 (let (($x23694 (or (and $x29842 $x35056) (and $x49608 $x35056) (and $x26989 $x35056) (and $x28666 $x35056) (and $x26666 $x35056))))
 (and $x23694 (and (distinct ?x34291 read_value) true)))))))))))))))))
(check-sat)
