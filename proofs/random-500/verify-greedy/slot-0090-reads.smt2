(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_104 () Int)
(declare-fun phase_117 () Int)
(declare-fun phase_125 () Int)
(declare-fun phase_403 () Int)
(declare-fun read_value () Real)
(declare-fun x_121 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_104 8))
(assert
 (= phase_117 8))
(assert
 (= phase_125 6))
(assert
 (= phase_403 32))
(assert
 (let ((?x114166 (* (- 1.0) x_121)))
 (let (($x91408 (>= boundary 33)))
 (let ((?x126559 (ite $x91408 ?x114166 0.0)))
 (let ((?x132365 (+ (ite (>= boundary 3) (* 1.0 x_121) 0.0) ?x126559)))
 (let (($x116328 (= read_value x_121)))
 (let (($x65504 (and (and (= read_index 3) (not false)) (= boundary (- phase_403 1)))))
 (let (($x112929 (and (and (= read_index 2) (not false)) (= boundary (- phase_125 1)))))
 (let (($x19414 (and (and (= read_index 1) (not false)) (= boundary (- phase_117 1)))))
 (let (($x108656 (and (and (= read_index 0) (not false)) (= boundary (- phase_104 1)))))
 (let (($x117740 (or (and $x108656 $x116328) (and $x19414 $x116328) (and $x112929 $x116328) (and $x65504 $x116328))))
 (and $x117740 (and (distinct ?x132365 read_value) true)))))))))))))
(check-sat)
