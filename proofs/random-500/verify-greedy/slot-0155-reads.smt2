(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_163 () Int)
(declare-fun phase_186 () Int)
(declare-fun phase_192 () Int)
(declare-fun phase_194 () Int)
(declare-fun phase_197 () Int)
(declare-fun phase_220 () Int)
(declare-fun phase_235 () Int)
(declare-fun phase_499 () Int)
(declare-fun read_value () Real)
(declare-fun x_173 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_163 11))
(assert
 (= phase_186 12))
(assert
 (= phase_192 10))
(assert
 (= phase_194 14))
(assert
 (= phase_197 10))
(assert
 (= phase_220 14))
(assert
 (= phase_235 13))
(assert
 (= phase_499 30))
(assert
 (let ((?x36234 (* (- 1.0) x_173)))
 (let (($x23693 (>= boundary 31)))
 (let ((?x67027 (ite $x23693 ?x36234 0.0)))
 (let ((?x71963 (+ (ite (>= boundary 7) (* 1.0 x_173) 0.0) ?x67027)))
 (let (($x99669 (= read_value x_173)))
 (let (($x100509 (and (and (= read_index 7) (not false)) (= boundary (- phase_499 1)))))
 (let (($x68061 (and (and (= read_index 6) (not false)) (= boundary (- phase_235 2)))))
 (let (($x42985 (and (and (= read_index 5) (not false)) (= boundary (- phase_220 1)))))
 (let (($x95773 (and (and (= read_index 4) (not false)) (= boundary (- phase_197 1)))))
 (let (($x78770 (and (and (= read_index 3) (not false)) (= boundary (- phase_194 1)))))
 (let (($x42728 (and (and (= read_index 2) (not false)) (= boundary (- phase_192 1)))))
 (let (($x103696 (and (and (= read_index 1) (not false)) (= boundary (- phase_186 1)))))
 (let (($x91821 (and (and (= read_index 0) (not false)) (= boundary (- phase_163 2)))))
 (let (($x112185 (or (and $x91821 $x99669) (and $x103696 $x99669) (and $x42728 $x99669) (and $x78770 $x99669) (and $x95773 $x99669) (and $x42985 $x99669) (and $x68061 $x99669) (and $x100509 $x99669))))
 (and $x112185 (and (distinct ?x71963 read_value) true)))))))))))))))))
(check-sat)
