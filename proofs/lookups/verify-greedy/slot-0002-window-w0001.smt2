(set-logic QF_LIRA)
; 
(set-info :status unknown)
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
(declare-fun x_2 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(declare-fun boundary_half () Int)
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
 (let ((?x6501 (ite (and (and true (<= (- 1) (- 1))) (< (- 1) 536870911)) x_2 0.0)))
 (= window_start_contents ?x6501)))
(assert
 (let (($x3601 (or (not (and true (> boundary (- 1)))) (and (distinct window_start_contents read_value) true))))
 (let (($x6429 (= read_value x_2)))
 (let (($x19766 (and (and (= read_index 30) (not false)) (= boundary (- phase_169 1)))))
 (let (($x10786 (and (and (= read_index 29) (not false)) (= boundary (- phase_166 1)))))
 (let (($x20678 (and (and (= read_index 28) (not false)) (= boundary (- phase_163 1)))))
 (let (($x8176 (and (and (= read_index 27) (not false)) (= boundary (- phase_160 1)))))
 (let (($x7192 (and (and (= read_index 26) (not false)) (= boundary (- phase_157 1)))))
 (let (($x20660 (and (and (= read_index 25) (not false)) (= boundary (- phase_154 1)))))
 (let (($x2374 (and (and (= read_index 24) (not false)) (= boundary (- phase_151 1)))))
 (let (($x2651 (and (and (= read_index 23) (not false)) (= boundary (- phase_148 1)))))
 (let (($x7980 (and (and (= read_index 22) (not false)) (= boundary (- phase_145 1)))))
 (let (($x21675 (and (and (= read_index 21) (not false)) (= boundary (- phase_142 1)))))
 (let (($x52277 (and (and (= read_index 20) (not false)) (= boundary (- phase_139 1)))))
 (let (($x7726 (and (and (= read_index 19) (not false)) (= boundary (- phase_136 1)))))
 (let (($x45588 (and (and (= read_index 18) (not false)) (= boundary (- phase_133 1)))))
 (let (($x10340 (and (and (= read_index 17) (not false)) (= boundary (- phase_130 1)))))
 (let (($x45564 (and (and (= read_index 16) (not false)) (= boundary (- phase_127 1)))))
 (let (($x432 (or (and $x45564 $x6429) (and $x10340 $x6429) (and $x45588 $x6429) (and $x7726 $x6429) (and $x52277 $x6429) (and $x21675 $x6429) (and $x7980 $x6429) (and $x2651 $x6429) (and $x2374 $x6429) (and $x20660 $x6429) (and $x7192 $x6429) (and $x8176 $x6429) (and $x20678 $x6429) (and $x10786 $x6429) (and $x19766 $x6429))))
 (let (($x3340 (and $x432 $x3601)))
 (let ((?x19228 (ite (and (and true (<= (- 1) boundary)) (< boundary 536870911)) x_2 0.0)))
 (let (($x15136 (and (distinct window_start_contents ?x19228) true)))
 (let (($x4064 (> boundary (- 1))))
 (let (($x27298 (and true $x4064)))
 (let (($x41963 (<= boundary 11)))
 (let (($x40065 (>= boundary (- 1))))
 (let (($x41764 (and (= boundary (+ (* 2 boundary_half) 1)) $x40065)))
 (let (($x41971 (and $x41764 $x41963)))
 (let (($x15115 (and $x41971 $x27298)))
 (let (($x19352 (and $x15115 $x15136)))
 (or $x19352 $x3340)))))))))))))))))))))))))))))))
(check-sat)
