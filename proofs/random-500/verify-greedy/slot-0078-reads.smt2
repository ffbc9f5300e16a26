(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_118 () Int)
(declare-fun phase_126 () Int)
(declare-fun phase_147 () Int)
(declare-fun phase_148 () Int)
(declare-fun phase_149 () Int)
(declare-fun phase_193 () Int)
(declare-fun phase_211 () Int)
(declare-fun phase_213 () Int)
(declare-fun phase_214 () Int)
(declare-fun phase_307 () Int)
(declare-fun phase_440 () Int)
(declare-fun phase_467 () Int)
(declare-fun read_value () Real)
(declare-fun x_225 () Real)
(declare-fun boundary () Int)
(declare-fun x_83 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_118 5))
(assert
 (= phase_126 6))
(assert
 (= phase_147 10))
(assert
 (= phase_148 6))
(assert
 (= phase_149 6))
(assert
 (= phase_193 12))
(assert
 (= phase_211 15))
(assert
 (= phase_213 14))
(assert
 (= phase_214 18))
(assert
 (= phase_307 22))
(assert
 (= phase_440 5))
(assert
 (= phase_467 30))
(assert
 (let ((?x101400 (* (- 1.0) x_225)))
 (let (($x23693 (>= boundary 31)))
 (let ((?x103867 (ite $x23693 ?x101400 0.0)))
 (let (($x98924 (>= boundary 13)))
 (let ((?x99199 (ite $x98924 (* 1.0 x_225) 0.0)))
 (let ((?x56322 (* (- 1.0) x_83)))
 (let (($x27406 (>= boundary 11)))
 (let ((?x60211 (ite $x27406 ?x56322 0.0)))
 (let (($x98952 (>= boundary 3)))
 (let ((?x47295 (ite $x98952 (* 1.0 x_83) 0.0)))
 (let ((?x115003 (+ ?x47295 ?x60211 ?x99199 ?x103867)))
 (let (($x110860 (= read_value x_225)))
 (let (($x126624 (and (and (= read_index 10) (not false)) (= boundary (- phase_467 1)))))
 (let (($x127190 (and (and (= read_index 9) (not false)) (= boundary (- phase_307 1)))))
 (let (($x104541 (and (and (= read_index 8) (not false)) (= boundary (- phase_214 1)))))
 (let (($x111130 (and (and (= read_index 7) (not false)) (= boundary (- phase_213 1)))))
 (let (($x62300 (= read_index 6)))
 (let (($x104306 (and (and $x62300 (not (= phase_193 (- phase_211 1)))) (= boundary (- phase_211 2)))))
 (let (($x105711 (= read_value x_83)))
 (let (($x26727 (and (and (= read_index 5) (not false)) (= boundary (- phase_440 2)))))
 (let (($x123237 (and (and (= read_index 4) (not false)) (= boundary (- phase_149 1)))))
 (let (($x44279 (and (and (= read_index 3) (not false)) (= boundary (- phase_148 1)))))
 (let (($x90925 (and (and (= read_index 2) (not false)) (= boundary (- phase_147 1)))))
 (let (($x113733 (and (and (= read_index 1) (not false)) (= boundary (- phase_126 1)))))
 (let (($x102040 (and (and (= read_index 0) (not false)) (= boundary (- phase_118 2)))))
 (let (($x119968 (or (and $x102040 $x105711) (and $x113733 $x105711) (and $x90925 $x105711) (and $x44279 $x105711) (and $x123237 $x105711) (and $x26727 $x105711) (and $x104306 $x110860) (and $x111130 $x110860) (and $x104541 $x110860) (and $x127190 $x110860) (and $x126624 $x110860))))
 (and $x119968 (and (distinct ?x115003 read_value) true)))))))))))))))))))))))))))))
(check-sat)
