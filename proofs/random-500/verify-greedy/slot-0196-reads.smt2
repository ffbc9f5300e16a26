(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_355 () Int)
(declare-fun phase_420 () Int)
(declare-fun phase_451 () Int)
(declare-fun read_value () Real)
(declare-fun x_266 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_355 28))
(assert
 (= phase_420 21))
(assert
 (= phase_451 34))
(assert
 (let ((?x108978 (* (- 1.0) x_266)))
 (let (($x64524 (>= boundary 35)))
 (let ((?x115293 (ite $x64524 ?x108978 0.0)))
 (let ((?x9191 (+ (ite (>= boundary 11) (* 1.0 x_266) 0.0) ?x115293)))
 (let (($x100734 (= read_value x_266)))
 (let (($x100242 (and (and (= read_index 2) (not false)) (= boundary (- phase_451 1)))))
 (let (($x86338 (and (and (= read_index 1) (not false)) (= boundary (- phase_420 2)))))
 (let (($x130522 (and (and (= read_index 0) (not false)) (= boundary (- phase_355 1)))))
 (and (or (and $x130522 $x100734) (and $x86338 $x100734) (and $x100242 $x100734)) (and (distinct ?x9191 read_value) true)))))))))))
(check-sat)
