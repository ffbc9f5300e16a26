(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_126 () Int)
(declare-fun phase_127 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_126 4))
(assert
 (= phase_127 8))
(assert
 (let (($x8320 (= value_index 1)))
 (let (($x2666 (and (and $x8320 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true)) true)))
 (let ((?x19727 (+ (ite (> boundary 5) 1.0 0.0) (ite (> boundary 9) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x10838 (and (and $x37737 (and (distinct ?x19727 0.0) true)) (> (ite (> phase_127 phase_126) phase_127 phase_126) boundary))))
 (let (($x16897 (= boundary 11)))
 (let (($x8914 (= boundary 9)))
 (let (($x36632 (or (= boundary 5) $x8914 $x16897)))
 (and $x36632 (or $x10838 $x2666)))))))))))
(check-sat)
