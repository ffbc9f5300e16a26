(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_45 () Int)
(declare-fun phase_145 () Int)
(declare-fun phase_164 () Int)
(declare-fun read_value () Real)
(declare-fun x_49 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_45 10))
(assert
 (= phase_145 34))
(assert
 (= phase_164 10))
(assert
 (let ((?x18874 (* (- 1.0) x_49)))
 (let (($x16479 (>= boundary 35)))
 (let ((?x28705 (ite $x16479 ?x18874 0.0)))
 (let (($x11924 (>= boundary 5)))
 (let ((?x18563 (ite $x11924 (* 1.0 x_49) 0.0)))
 (let ((?x4000 (+ ?x18563 ?x28705)))
 (let (($x13789 (= read_value x_49)))
 (let (($x15505 (and (and (= read_index 2) (not false)) (= boundary (- phase_164 1)))))
 (let (($x25275 (and (and (= read_index 1) (not false)) (= boundary (- phase_145 1)))))
 (let (($x33420 (and (and (= read_index 0) (not false)) (= boundary (- phase_45 1)))))
 (and (or (and $x33420 $x13789) (and $x25275 $x13789) (and $x15505 $x13789)) (and (distinct ?x4000 read_value) true)))))))))))))
(check-sat)
