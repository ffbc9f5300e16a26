(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_157 () Int)
(declare-fun phase_158 () Int)
(declare-fun phase_159 () Int)
(declare-fun phase_160 () Int)
(declare-fun read_value () Real)
(declare-fun x_163 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_157 0))
(assert
 (= phase_158 50))
(assert
 (= phase_159 50))
(assert
 (= phase_160 51))
(assert
 (let ((?x16020 (* (- 1.0) x_163)))
 (let (($x12183 (>= boundary 51)))
 (let ((?x23563 (ite $x12183 ?x16020 0.0)))
 (let ((?x26345 (+ (ite (>= boundary 1) (* 1.0 x_163) 0.0) ?x23563)))
 (let (($x2916 (= read_value x_163)))
 (let (($x38449 (= read_index 2)))
 (let (($x21098 (and (and $x38449 (not (= phase_157 (- phase_160 1)))) (= boundary (- phase_160 2)))))
 (let (($x61641 (and (and (= read_index 1) (not false)) (= boundary (- phase_159 1)))))
 (let (($x21024 (and (and (= read_index 0) (not false)) (= boundary (- phase_158 1)))))
 (and (or (and $x21024 $x2916) (and $x61641 $x2916) (and $x21098 $x2916)) (and (distinct ?x26345 read_value) true))))))))))))
(check-sat)
