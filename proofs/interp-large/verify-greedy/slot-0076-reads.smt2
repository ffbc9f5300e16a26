(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_36 () Int)
(declare-fun phase_950 () Int)
(declare-fun phase_955 () Int)
(declare-fun read_value () Real)
(declare-fun x_101 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_36 6))
(assert
 (= phase_950 47))
(assert
 (= phase_955 7))
(assert
 (let ((?x135445 (* 1.0 x_101)))
 (let (($x191692 (>= boundary 7)))
 (let ((?x137966 (ite $x191692 ?x135445 0.0)))
 (let (($x127106 (= read_value x_101)))
 (let (($x127149 (= read_index 1)))
 (let (($x223699 (and (and $x127149 (not (= phase_36 (- phase_955 1)))) (= boundary (- phase_955 2)))))
 (let (($x84432 (= read_index 0)))
 (let (($x196151 (and (and $x84432 (not (= phase_36 (- phase_950 1)))) (= boundary (- phase_950 2)))))
 (let (($x81715 (or (and $x196151 $x127106) (and $x223699 $x127106) (and (and (= read_index 2) (= boundary 51)) $x127106))))
 (and $x81715 (and (distinct ?x137966 read_value) true))))))))))))
(check-sat)
