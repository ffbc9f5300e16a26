(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_156 () Int)
(declare-fun phase_157 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_156 4))
(assert
 (= phase_157 8))
(assert
 (let (($x8320 (= value_index 1)))
 (let (($x22004 (and (and $x8320 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true)) true)))
 (let ((?x36931 (+ (ite (> boundary 5) 1.0 0.0) (ite (> boundary 9) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x12780 (and (and $x37737 (and (distinct ?x36931 0.0) true)) (> (ite (> phase_157 phase_156) phase_157 phase_156) boundary))))
 (let (($x16897 (= boundary 11)))
 (let (($x8914 (= boundary 9)))
 (let (($x15538 (or (= boundary 5) $x8914 $x16897)))
 (and $x15538 (or $x12780 $x22004)))))))))))
(check-sat)
