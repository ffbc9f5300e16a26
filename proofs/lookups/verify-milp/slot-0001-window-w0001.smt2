(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_1 () Int)
(declare-fun phase_2 () Int)
(declare-fun phase_3 () Int)
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
 (let ((?x11760 (ite (and (and true (<= (- 1) (- 1))) (< (- 1) 536870911)) x_1 0.0)))
 (= window_start_contents ?x11760)))
(assert
 (let (($x21187 (or (not (and (and true (> boundary (- 1))) (<= boundary 3))) (and (distinct window_start_contents read_value) true))))
 (let (($x22541 (= read_value x_1)))
 (let (($x16283 (and (and (= read_index 36) (not false)) (= boundary (- phase_124 1)))))
 (let (($x9367 (and (and (= read_index 35) (not false)) (= boundary (- phase_123 1)))))
 (let (($x17317 (and (and (= read_index 34) (not false)) (= boundary (- phase_122 1)))))
 (let (($x21300 (and (and (= read_index 33) (not false)) (= boundary (- phase_121 1)))))
 (let (($x21847 (and (and (= read_index 32) (not false)) (= boundary (- phase_120 1)))))
 (let (($x9395 (and (and (= read_index 31) (not false)) (= boundary (- phase_119 1)))))
 (let (($x19257 (and (and (= read_index 30) (not false)) (= boundary (- phase_118 1)))))
 (let (($x25343 (and (and (= read_index 29) (not false)) (= boundary (- phase_117 1)))))
 (let (($x4189 (and (and (= read_index 28) (not false)) (= boundary (- phase_116 1)))))
 (let (($x45206 (and (and (= read_index 27) (not false)) (= boundary (- phase_115 1)))))
 (let (($x21354 (and (and (= read_index 26) (not false)) (= boundary (- phase_114 1)))))
 (let (($x24745 (and (and (= read_index 25) (not false)) (= boundary (- phase_113 1)))))
 (let (($x19911 (and (and (= read_index 24) (not false)) (= boundary (- phase_112 1)))))
 (let (($x3037 (and (and (= read_index 23) (not false)) (= boundary (- phase_111 1)))))
 (let (($x21695 (and (and (= read_index 22) (not false)) (= boundary (- phase_110 1)))))
 (let (($x21994 (and (and (= read_index 2) (not false)) (= boundary (- phase_3 1)))))
 (let (($x25693 (and (and (= read_index 1) (not false)) (= boundary (- phase_2 1)))))
 (let (($x20225 (and (and (= read_index 0) (not false)) (= boundary (- phase_1 1)))))
 (let (($x16596 (or (and $x20225 $x22541) (and $x25693 $x22541) (and $x21994 $x22541) (and $x21695 $x22541) (and $x3037 $x22541) (and $x19911 $x22541) (and $x24745 $x22541) (and $x21354 $x22541) (and $x45206 $x22541) (and $x4189 $x22541) (and $x25343 $x22541) (and $x19257 $x22541) (and $x9395 $x22541) (and $x21847 $x22541) (and $x21300 $x22541) (and $x17317 $x22541) (and $x9367 $x22541) (and $x16283 $x22541))))
 (let (($x10553 (and $x16596 $x21187)))
 (let ((?x22386 (ite (and (and true (<= (- 1) boundary)) (< boundary 536870911)) x_1 0.0)))
 (let (($x16340 (and (distinct window_start_contents ?x22386) true)))
 (let (($x2544 (<= boundary 3)))
 (let (($x37745 (> boundary (- 1))))
 (let (($x24811 (and true $x37745)))
 (let (($x14515 (and $x24811 $x2544)))
 (let (($x39390 (<= boundary 11)))
 (let (($x38444 (>= boundary (- 1))))
 (let (($x39382 (and (= boundary (+ (* 2 boundary_half) 1)) $x38444)))
 (let (($x39398 (and $x39382 $x39390)))
 (let (($x15391 (and $x39398 $x14515)))
 (let (($x17167 (and $x15391 $x16340)))
 (or $x17167 $x10553))))))))))))))))))))))))))))))))))))
(check-sat)
