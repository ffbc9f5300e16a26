(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_9 () Int)
(declare-fun phase_10 () Int)
(declare-fun phase_28 () Int)
(declare-fun phase_46 () Int)
(declare-fun phase_1100 () Int)
(declare-fun phase_1101 () Int)
(declare-fun phase_1102 () Int)
(declare-fun phase_1103 () Int)
(declare-fun phase_1104 () Int)
(declare-fun phase_1105 () Int)
(declare-fun phase_1106 () Int)
(declare-fun phase_1107 () Int)
(declare-fun x_93 () Real)
(declare-fun boundary () Int)
(declare-fun x_50 () Real)
(declare-fun boundary_half () Int)
(assert
 (= phase_9 2))
(assert
 (= phase_10 2))
(assert
 (= phase_28 6))
(assert
 (= phase_46 4))
(assert
 (= phase_1100 10))
(assert
 (= phase_1101 10))
(assert
 (= phase_1102 10))
(assert
 (= phase_1103 10))
(assert
 (= phase_1104 10))
(assert
 (= phase_1105 10))
(assert
 (= phase_1106 10))
(assert
 (= phase_1107 10))
(assert
 (let (($x113898 (and (and true (<= (+ phase_28 1) boundary)) (< boundary 536870911))))
 (let ((?x45400 (ite $x113898 x_93 0.0)))
 (let ((?x5576 (+ phase_9 1)))
 (let (($x12140 (> ?x5576 (- 1))))
 (let ((?x12129 (ite $x12140 ?x5576 (- 1))))
 (let ((?x1792 (+ phase_10 1)))
 (let (($x11849 (> ?x1792 ?x12129)))
 (let ((?x21965 (ite $x11849 ?x1792 ?x12129)))
 (let ((?x16597 (+ phase_46 1)))
 (let (($x10056 (> ?x16597 ?x21965)))
 (let ((?x10077 (ite $x10056 ?x16597 ?x21965)))
 (let (($x225566 (and (and true (<= (- 1) boundary)) (< boundary ?x10077))))
 (let ((?x70745 (ite $x225566 x_50 0.0)))
 (let ((?x142684 (+ ?x70745 ?x45400)))
 (let (($x191692 (>= boundary 7)))
 (let ((?x53360 (ite $x191692 (* 1.0 x_93) 0.0)))
 (let (($x152189 (>= boundary 5)))
 (let ((?x26789 (ite $x152189 (* (- 1.0) x_50) 0.0)))
 (let (($x39646 (>= boundary (- 1))))
 (let ((?x163864 (ite $x39646 (* 1.0 x_50) 0.0)))
 (let ((?x79919 (+ ?x163864 ?x26789 ?x53360)))
 (let (($x127816 (and (distinct ?x79919 ?x142684) true)))
 (let (($x53088 (<= boundary 51)))
 (let (($x52499 (and (= boundary (+ (* 2 boundary_half) 1)) $x39646)))
 (let (($x53179 (and $x52499 $x53088)))
 (and $x53179 $x127816)))))))))))))))))))))))))))
(check-sat)
