(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_5 () Int)
(declare-fun phase_13 () Int)
(declare-fun phase_125 () Int)
(declare-fun phase_127 () Int)
(declare-fun phase_130 () Int)
(declare-fun phase_133 () Int)
(declare-fun phase_136 () Int)
(declare-fun phase_139 () Int)
(declare-fun phase_142 () Int)
(declare-fun phase_145 () Int)
(declare-fun phase_148 () Int)
(declare-fun phase_151 () Int)
(declare-fun phase_154 () Int)
(declare-fun phase_157 () Int)
(declare-fun phase_160 () Int)
(declare-fun phase_163 () Int)
(declare-fun phase_166 () Int)
(declare-fun phase_169 () Int)
(declare-fun x_1 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_5 10))
(assert
 (= phase_13 7))
(assert
 (= phase_125 8))
(assert
 (= phase_127 8))
(assert
 (= phase_130 8))
(assert
 (= phase_133 8))
(assert
 (= phase_136 8))
(assert
 (= phase_139 8))
(assert
 (= phase_142 8))
(assert
 (= phase_145 8))
(assert
 (= phase_148 8))
(assert
 (= phase_151 8))
(assert
 (= phase_154 8))
(assert
 (= phase_157 8))
(assert
 (= phase_160 8))
(assert
 (= phase_163 8))
(assert
 (= phase_166 8))
(assert
 (= phase_169 8))
(assert
 (let ((?x10049 (ite (and (and true (<= (- 1) 3)) (< 3 536870911)) x_1 0.0)))
 (= window_start_contents ?x10049)))
(assert
 (let (($x23116 (and (distinct window_start_contents read_value) true)))
 (let (($x22541 (= read_value x_1)))
 (let (($x12943 (and (and (= read_index 52) (not false)) (= boundary (- phase_169 1)))))
 (let (($x19109 (and (and (= read_index 51) (not false)) (= boundary (- phase_166 1)))))
 (let (($x9517 (and (and (= read_index 50) (not false)) (= boundary (- phase_163 1)))))
 (let (($x3634 (and (and (= read_index 49) (not false)) (= boundary (- phase_160 1)))))
 (let (($x20251 (and (and (= read_index 48) (not false)) (= boundary (- phase_157 1)))))
 (let (($x7923 (and (and (= read_index 47) (not false)) (= boundary (- phase_154 1)))))
 (let (($x17691 (and (and (= read_index 46) (not false)) (= boundary (- phase_151 1)))))
 (let (($x20827 (and (and (= read_index 45) (not false)) (= boundary (- phase_148 1)))))
 (let (($x8178 (and (and (= read_index 44) (not false)) (= boundary (- phase_145 1)))))
 (let (($x14794 (and (and (= read_index 43) (not false)) (= boundary (- phase_142 1)))))
 (let (($x37004 (and (and (= read_index 42) (not false)) (= boundary (- phase_139 1)))))
 (let (($x16728 (and (and (= read_index 41) (not false)) (= boundary (- phase_136 1)))))
 (let (($x51784 (and (and (= read_index 40) (not false)) (= boundary (- phase_133 1)))))
 (let (($x24714 (and (and (= read_index 39) (not false)) (= boundary (- phase_130 1)))))
 (let (($x19968 (and (and (= read_index 38) (not false)) (= boundary (- phase_127 1)))))
 (let (($x10007 (and (and (= read_index 37) (not false)) (= boundary (- phase_125 1)))))
 (let (($x22504 (and (and (= read_index 5) (not false)) (= boundary (- phase_13 2)))))
 (let (($x17472 (and (and (= read_index 3) (not false)) (= boundary (- phase_5 1)))))
 (let (($x20163 (or (and $x17472 $x22541) (and $x22504 $x22541) (and $x10007 $x22541) (and $x19968 $x22541) (and $x24714 $x22541) (and $x51784 $x22541) (and $x16728 $x22541) (and $x37004 $x22541) (and $x14794 $x22541) (and $x8178 $x22541) (and $x20827 $x22541) (and $x17691 $x22541) (and $x7923 $x22541) (and $x20251 $x22541) (and $x3634 $x22541) (and $x9517 $x22541) (and $x19109 $x22541) (and $x12943 $x22541))))
 (let (($x20864 (and $x20163 (or (not (and true (> boundary 3))) $x23116))))
 (let ((?x22386 (ite (and (and true (<= (- 1) boundary)) (< boundary 536870911)) x_1 0.0)))
 (let (($x16340 (and (distinct window_start_contents ?x22386) true)))
 (let (($x12432 (> boundary 3)))
 (let (($x16636 (and true $x12432)))
 (let (($x39390 (<= boundary 11)))
 (let (($x38444 (>= boundary (- 1))))
 (let (($x39382 (and (= boundary (+ (* 2 boundary_half) 1)) $x38444)))
 (let (($x39398 (and $x39382 $x39390)))
 (let (($x15408 (and $x39398 $x16636)))
 (let (($x15682 (and $x15408 $x16340)))
 (or $x15682 $x20864))))))))))))))))))))))))))))))))))
(check-sat)
