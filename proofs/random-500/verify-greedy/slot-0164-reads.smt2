(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_235 () Int)
(declare-fun phase_367 () Int)
(declare-fun read_value () Real)
(declare-fun x_206 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_235 13))
(assert
 (= phase_367 28))
(assert
 (let ((?x131266 (* (- 1.0) x_206)))
 (let (($x39154 (>= boundary 29)))
 (let ((?x131781 (ite $x39154 ?x131266 0.0)))
 (let ((?x92785 (+ (ite (>= boundary 9) (* 1.0 x_206) 0.0) ?x131781)))
 (let (($x25206 (= read_value x_206)))
 (let (($x111570 (and (and (= read_index 1) (not false)) (= boundary (- phase_367 1)))))
 (let (($x105618 (and (and (= read_index 0) (not false)) (= boundary (- phase_235 2)))))
 (and (or (and $x105618 $x25206) (and $x111570 $x25206)) (and (distinct ?x92785 read_value) true))))))))))
(check-sat)
