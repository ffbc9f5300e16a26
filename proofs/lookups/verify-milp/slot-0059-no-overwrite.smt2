(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_132 () Int)
(declare-fun phase_133 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_132 4))
(assert
 (= phase_133 8))
(assert
 (let (($x8320 (= value_index 1)))
 (let (($x23320 (and (and $x8320 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true)) true)))
 (let ((?x1838 (+ (ite (> boundary 5) 1.0 0.0) (ite (> boundary 9) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x51482 (and (and $x37737 (and (distinct ?x1838 0.0) true)) (> (ite (> phase_133 phase_132) phase_133 phase_132) boundary))))
 (let (($x16897 (= boundary 11)))
 (let (($x8914 (= boundary 9)))
 (let (($x15382 (or (= boundary 5) $x8914 $x16897)))
 (and $x15382 (or $x51482 $x23320)))))))))))
(check-sat)
