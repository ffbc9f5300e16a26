(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_144 () Int)
(declare-fun phase_145 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_144 4))
(assert
 (= phase_145 8))
(assert
 (let (($x8320 (= value_index 1)))
 (let (($x16251 (and (and $x8320 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true)) true)))
 (let ((?x39668 (+ (ite (> boundary 5) 1.0 0.0) (ite (> boundary 9) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x22908 (and (and $x37737 (and (distinct ?x39668 0.0) true)) (> (ite (> phase_145 phase_144) phase_145 phase_144) boundary))))
 (let (($x16897 (= boundary 11)))
 (let (($x8914 (= boundary 9)))
 (let (($x19043 (or (= boundary 5) $x8914 $x16897)))
 (and $x19043 (or $x22908 $x16251)))))))))))
(check-sat)
