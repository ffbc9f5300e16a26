(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_89 () Int)
(declare-fun phase_112 () Int)
(declare-fun phase_117 () Int)
(declare-fun phase_131 () Int)
(declare-fun phase_137 () Int)
(declare-fun phase_446 () Int)
(declare-fun read_value () Real)
(declare-fun x_516 () Real)
(declare-fun boundary () Int)
(declare-fun x_112 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_89 4))
(assert
 (= phase_112 8))
(assert
 (= phase_117 8))
(assert
 (= phase_131 10))
(assert
 (= phase_137 6))
(assert
 (= phase_446 37))
(assert
 (let ((?x107823 (* (- 1.0) x_112)))
 (let (($x105968 (>= boundary 37)))
 (let ((?x109077 (ite $x105968 ?x107823 0.0)))
 (let ((?x94915 (+ (ite (>= boundary 5) (* 1.0 x_112) 0.0) ?x109077 (ite (>= boundary 39) (* 1.0 x_516) 0.0))))
 (let (($x25680 (= read_value x_516)))
 (let (($x111469 (= read_value x_112)))
 (let (($x70907 (= read_index 4)))
 (let (($x99150 (and (and $x70907 (not (= phase_89 (- phase_446 1)))) (= boundary (- phase_446 2)))))
 (let (($x114486 (and (and (= read_index 3) (not false)) (= boundary (- phase_137 1)))))
 (let (($x60285 (and (and (= read_index 2) (not false)) (= boundary (- phase_131 1)))))
 (let (($x16745 (and (and (= read_index 1) (not false)) (= boundary (- phase_117 1)))))
 (let (($x105733 (and (and (= read_index 0) (not false)) (= boundary (- phase_112 1)))))
 (let (($x112179 (or (and $x105733 $x111469) (and $x16745 $x111469) (and $x60285 $x111469) (and $x114486 $x111469) (and $x99150 $x111469) (and (and (= read_index 5) (= boundary 39)) $x25680))))
 (and $x112179 (and (distinct ?x94915 read_value) true))))))))))))))))
(check-sat)
