(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_1 () Int)
(declare-fun phase_2 () Int)
(declare-fun phase_3 () Int)
(declare-fun phase_5 () Int)
(declare-fun phase_110 () Int)
(declare-fun phase_111 () Int)
(declare-fun phase_112 () Int)
(declare-fun phase_113 () Int)
(declare-fun phase_114 () Int)
(declare-fun phase_115 () Int)
(declare-fun phase_116 () Int)
(declare-fun phase_117 () Int)
(declare-fun phase_118 () Int)
(declare-fun phase_119 () Int)
(declare-fun phase_120 () Int)
(declare-fun phase_121 () Int)
(declare-fun phase_122 () Int)
(declare-fun phase_123 () Int)
(declare-fun phase_124 () Int)
(declare-fun phase_125 () Int)
(declare-fun x_1 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_1 2))
(assert
 (= phase_2 2))
(assert
 (= phase_3 2))
(assert
 (= phase_5 2))
(assert
 (= phase_110 4))
(assert
 (= phase_111 4))
(assert
 (= phase_112 4))
(assert
 (= phase_113 4))
(assert
 (= phase_114 4))
(assert
 (= phase_115 4))
(assert
 (= phase_116 4))
(assert
 (= phase_117 4))
(assert
 (= phase_118 4))
(assert
 (= phase_119 4))
(assert
 (= phase_120 4))
(assert
 (= phase_121 4))
(assert
 (= phase_122 4))
(assert
 (= phase_123 4))
(assert
 (= phase_124 4))
(assert
 (= phase_125 4))
(assert
 (let ((?x5847 (ite (and (and true (<= (- 1) (- 1))) (< (- 1) 536870911)) x_1 0.0)))
 (= window_start_contents ?x5847)))
(assert
 (let (($x8980 (or (not (and (and true (> boundary (- 1))) (<= boundary 3))) (and (distinct window_start_contents read_value) true))))
 (let (($x5561 (= read_value x_1)))
 (let (($x830 (and (and (= read_index 37) (not false)) (= boundary (- phase_125 1)))))
 (let (($x21369 (and (and (= read_index 36) (not false)) (= boundary (- phase_124 1)))))
 (let (($x1658 (and (and (= read_index 35) (not false)) (= boundary (- phase_123 1)))))
 (let (($x1083 (and (and (= read_index 34) (not false)) (= boundary (- phase_122 1)))))
 (let (($x5620 (and (and (= read_index 33) (not false)) (= boundary (- phase_121 1)))))
 (let (($x513 (and (and (= read_index 32) (not false)) (= boundary (- phase_120 1)))))
 (let (($x9365 (and (and (= read_index 31) (not false)) (= boundary (- phase_119 1)))))
 (let (($x46259 (and (and (= read_index 30) (not false)) (= boundary (- phase_118 1)))))
 (let (($x6366 (and (and (= read_index 29) (not false)) (= boundary (- phase_117 1)))))
 (let (($x12638 (and (and (= read_index 28) (not false)) (= boundary (- phase_116 1)))))
 (let (($x2610 (and (and (= read_index 27) (not false)) (= boundary (- phase_115 1)))))
 (let (($x26717 (and (and (= read_index 26) (not false)) (= boundary (- phase_114 1)))))
 (let (($x9913 (and (and (= read_index 25) (not false)) (= boundary (- phase_113 1)))))
 (let (($x24572 (and (and (= read_index 24) (not false)) (= boundary (- phase_112 1)))))
 (let (($x7432 (and (and (= read_index 23) (not false)) (= boundary (- phase_111 1)))))
 (let (($x9352 (and (and (= read_index 22) (not false)) (= boundary (- phase_110 1)))))
 (let (($x6534 (and (and (= read_index 3) (not false)) (= boundary (- phase_5 1)))))
 (let (($x6435 (and (and (= read_index 2) (not false)) (= boundary (- phase_3 1)))))
 (let (($x52146 (and (and (= read_index 1) (not false)) (= boundary (- phase_2 1)))))
 (let (($x20662 (and (and (= read_index 0) (not false)) (= boundary (- phase_1 1)))))
 (let (($x28209 (or (and $x20662 $x5561) (and $x52146 $x5561) (and $x6435 $x5561) (and $x6534 $x5561) (and $x9352 $x5561) (and $x7432 $x5561) (and $x24572 $x5561) (and $x9913 $x5561) (and $x26717 $x5561) (and $x2610 $x5561) (and $x12638 $x5561) (and $x6366 $x5561) (and $x46259 $x5561) (and $x9365 $x5561) (and $x513 $x5561) (and $x5620 $x5561) (and $x1083 $x5561) (and $x1658 $x5561) (and $x21369 $x5561) (and $x830 $x5561))))
 (let (($x4371 (and $x28209 $x8980)))
 (let ((?x4761 (ite (and (and true (<= (- 1) boundary)) (< boundary 536870911)) x_1 0.0)))
 (let (($x7147 (and (distinct window_start_contents ?x4761) true)))
 (let (($x41643 (<= boundary 3)))
 (let (($x4064 (> boundary (- 1))))
 (let (($x27298 (and true $x4064)))
 (let (($x6535 (and $x27298 $x41643)))
 (let (($x41963 (<= boundary 11)))
 (let (($x40065 (>= boundary (- 1))))
 (let (($x41764 (and (= boundary (+ (* 2 boundary_half) 1)) $x40065)))
 (let (($x41971 (and $x41764 $x41963)))
 (let (($x6600 (and $x41971 $x6535)))
 (let (($x7298 (and $x6600 $x7147)))
 (or $x7298 $x4371))))))))))))))))))))))))))))))))))))))
(check-sat)
