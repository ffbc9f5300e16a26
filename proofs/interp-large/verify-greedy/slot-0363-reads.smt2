(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_709 () Int)
(declare-fun phase_710 () Int)
(declare-fun phase_711 () Int)
(declare-fun phase_712 () Int)
(declare-fun read_value () Real)
(declare-fun x_1007 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_709 22))
(assert
 (= phase_710 22))
(assert
 (= phase_711 22))
(assert
 (= phase_712 22))
(assert
 (let ((?x159147 (* (- 1.0) x_1007)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x235372 (ite $x24162 ?x159147 0.0)))
 (let ((?x237264 (+ (ite (>= boundary 21) (* 1.0 x_1007) 0.0) ?x235372)))
 (let (($x264873 (= read_value x_1007)))
 (let (($x18467 (and (and (= read_index 3) (not false)) (= boundary (- phase_712 1)))))
 (let (($x165768 (and (and (= read_index 2) (not false)) (= boundary (- phase_711 1)))))
 (let (($x270365 (and (and (= read_index 1) (not false)) (= boundary (- phase_710 1)))))
 (let (($x199062 (and (and (= read_index 0) (not false)) (= boundary (- phase_709 1)))))
 (let (($x53657 (or (and $x199062 $x264873) (and $x270365 $x264873) (and $x165768 $x264873) (and $x18467 $x264873))))
 (and $x53657 (and (distinct ?x237264 read_value) true)))))))))))))
(check-sat)
