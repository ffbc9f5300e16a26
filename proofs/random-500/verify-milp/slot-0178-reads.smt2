(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_213 () Int)
(declare-fun phase_250 () Int)
(declare-fun phase_268 () Int)
(declare-fun phase_271 () Int)
(declare-fun phase_468 () Int)
(declare-fun read_value () Real)
(declare-fun x_245 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_213 14))
(assert
 (= phase_250 25))
(assert
 (= phase_268 20))
(assert
 (= phase_271 17))
(assert
 (= phase_468 37))
(assert
 (let ((?x112474 (* (- 1.0) x_245)))
 (let (($x105968 (>= boundary 37)))
 (let ((?x113026 (ite $x105968 ?x112474 0.0)))
 (let ((?x113437 (+ (ite (>= boundary 15) (* 1.0 x_245) 0.0) ?x113026)))
 (let (($x130238 (= read_value x_245)))
 (let (($x126949 (= read_index 3)))
 (let (($x36709 (and (and $x126949 (not (= phase_213 (- phase_468 1)))) (= boundary (- phase_468 2)))))
 (let (($x119160 (= read_index 2)))
 (let (($x118418 (and (and $x119160 (not (= phase_213 (- phase_271 1)))) (= boundary (- phase_271 2)))))
 (let (($x66135 (and (and (= read_index 1) (not false)) (= boundary (- phase_268 1)))))
 (let (($x53696 (= read_index 0)))
 (let (($x127915 (and (and $x53696 (not (= phase_213 (- phase_250 1)))) (= boundary (- phase_250 2)))))
 (let (($x113576 (or (and $x127915 $x130238) (and $x66135 $x130238) (and $x118418 $x130238) (and $x36709 $x130238))))
 (and $x113576 (and (distinct ?x113437 read_value) true))))))))))))))))
(check-sat)
