(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_92 () Int)
(declare-fun phase_93 () Int)
(declare-fun phase_94 () Int)
(declare-fun phase_95 () Int)
(declare-fun read_value () Real)
(declare-fun x_98 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_92 0))
(assert
 (= phase_93 30))
(assert
 (= phase_94 30))
(assert
 (= phase_95 31))
(assert
 (let ((?x39114 (* (- 1.0) x_98)))
 (let (($x7096 (>= boundary 31)))
 (let ((?x45819 (ite $x7096 ?x39114 0.0)))
 (let ((?x35880 (+ (ite (>= boundary 1) (* 1.0 x_98) 0.0) ?x45819)))
 (let (($x28866 (= read_value x_98)))
 (let (($x3468 (and (and (= read_index 2) (not (= phase_92 (- phase_95 1)))) (= boundary (- phase_95 2)))))
 (let (($x5613 (and (and (= read_index 1) (not false)) (= boundary (- phase_94 1)))))
 (let (($x29003 (and (and (= read_index 0) (not false)) (= boundary (- phase_93 1)))))
 (and (or (and $x29003 $x28866) (and $x5613 $x28866) (and $x3468 $x28866)) (and (distinct ?x35880 read_value) true)))))))))))
(check-sat)
