(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_153 () Int)
(declare-fun phase_162 () Int)
(declare-fun phase_182 () Int)
(declare-fun phase_198 () Int)
(declare-fun phase_482 () Int)
(declare-fun read_value () Real)
(declare-fun x_148 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_153 12))
(assert
 (= phase_162 14))
(assert
 (= phase_182 10))
(assert
 (= phase_198 14))
(assert
 (= phase_482 36))
(assert
 (let ((?x66191 (* (- 1.0) x_148)))
 (let (($x39142 (>= boundary 37)))
 (let ((?x91415 (ite $x39142 ?x66191 0.0)))
 (let (($x132459 (>= boundary 7)))
 (let ((?x44284 (ite $x132459 (* 1.0 x_148) 0.0)))
 (let ((?x116710 (+ ?x44284 ?x91415)))
 (let (($x123695 (= read_value x_148)))
 (let (($x127596 (and (and (= read_index 4) (not false)) (= boundary (- phase_482 1)))))
 (let (($x120413 (and (and (= read_index 3) (not false)) (= boundary (- phase_198 1)))))
 (let (($x111146 (and (and (= read_index 2) (not false)) (= boundary (- phase_182 1)))))
 (let (($x130006 (and (and (= read_index 1) (not false)) (= boundary (- phase_162 1)))))
 (let (($x119753 (and (and (= read_index 0) (not false)) (= boundary (- phase_153 1)))))
 (let (($x92981 (or (and $x119753 $x123695) (and $x130006 $x123695) (and $x111146 $x123695) (and $x120413 $x123695) (and $x127596 $x123695))))
 (and $x92981 (and (distinct ?x116710 read_value) true))))))))))))))))
(check-sat)
