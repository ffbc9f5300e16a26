(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_259 () Int)
(declare-fun phase_270 () Int)
(declare-fun phase_277 () Int)
(declare-fun phase_281 () Int)
(declare-fun phase_283 () Int)
(declare-fun phase_454 () Int)
(declare-fun read_value () Real)
(declare-fun x_257 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_259 16))
(assert
 (= phase_270 22))
(assert
 (= phase_277 16))
(assert
 (= phase_281 17))
(assert
 (= phase_283 18))
(assert
 (= phase_454 30))
(assert
 (let ((?x40860 (* (- 1.0) x_257)))
 (let (($x23693 (>= boundary 31)))
 (let ((?x61767 (ite $x23693 ?x40860 0.0)))
 (let (($x39044 (>= boundary 15)))
 (let ((?x26712 (ite $x39044 (* 1.0 x_257) 0.0)))
 (let ((?x104743 (+ ?x26712 ?x61767)))
 (let (($x111753 (= read_value x_257)))
 (let (($x99654 (and (and (= read_index 5) (not false)) (= boundary (- phase_454 1)))))
 (let (($x110695 (and (and (= read_index 4) (not false)) (= boundary (- phase_283 1)))))
 (let (($x100748 (and (and (= read_index 3) (not false)) (= boundary (- phase_281 2)))))
 (let (($x131914 (and (and (= read_index 2) (not false)) (= boundary (- phase_277 1)))))
 (let (($x47784 (and (and (= read_index 1) (not false)) (= boundary (- phase_270 1)))))
 (let (($x104610 (and (and (= read_index 0) (not false)) (= boundary (- phase_259 1)))))
 (let (($x132763 (or (and $x104610 $x111753) (and $x47784 $x111753) (and $x131914 $x111753) (and $x100748 $x111753) (and $x110695 $x111753) (and $x99654 $x111753))))
 (and $x132763 (and (distinct ?x104743 read_value) true)))))))))))))))))
(check-sat)
