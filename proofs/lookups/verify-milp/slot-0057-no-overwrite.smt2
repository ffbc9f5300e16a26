(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_129 () Int)
(declare-fun phase_130 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_129 4))
(assert
 (= phase_130 8))
(assert
 (let (($x8320 (= value_index 1)))
 (let (($x38436 (and (and $x8320 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true)) true)))
 (let ((?x16880 (+ (ite (> boundary 5) 1.0 0.0) (ite (> boundary 9) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x23375 (and (and $x37737 (and (distinct ?x16880 0.0) true)) (> (ite (> phase_130 phase_129) phase_130 phase_129) boundary))))
 (let (($x16897 (= boundary 11)))
 (let (($x8914 (= boundary 9)))
 (let (($x25839 (or (= boundary 5) $x8914 $x16897)))
 (and $x25839 (or $x23375 $x38436)))))))))))
(check-sat)
