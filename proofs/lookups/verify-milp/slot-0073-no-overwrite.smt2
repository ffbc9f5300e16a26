(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_153 () Int)
(declare-fun phase_154 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_153 4))
(assert
 (= phase_154 8))
(assert
 (let (($x8320 (= value_index 1)))
 (let (($x10430 (and (and $x8320 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true)) true)))
 (let ((?x9560 (+ (ite (> boundary 5) 1.0 0.0) (ite (> boundary 9) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x17571 (and (and $x37737 (and (distinct ?x9560 0.0) true)) (> (ite (> phase_154 phase_153) phase_154 phase_153) boundary))))
 (let (($x16897 (= boundary 11)))
 (let (($x8914 (= boundary 9)))
 (let (($x16692 (or (= boundary 5) $x8914 $x16897)))
 (and $x16692 (or $x17571 $x10430)))))))))))
(check-sat)
