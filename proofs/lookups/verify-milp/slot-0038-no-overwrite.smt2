(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_37 () Int)
(declare-fun phase_46 () Int)
(declare-fun phase_47 () Int)
(declare-fun phase_154 () Int)
(declare-fun phase_155 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_37 3))
(assert
 (= phase_46 6))
(assert
 (= phase_47 6))
(assert
 (= phase_154 8))
(assert
 (= phase_155 10))
(assert
 (let (($x3154 (> boundary 11)))
 (let ((?x34667 (ite $x3154 (- 1.0) 0.0)))
 (let (($x15600 (> boundary 9)))
 (let ((?x8993 (ite $x15600 1.0 0.0)))
 (let (($x8320 (= value_index 1)))
 (let (($x52189 (and (and $x8320 (and (distinct (+ ?x8993 ?x34667) 0.0) true)) (> (ite (> phase_155 phase_154) phase_155 phase_154) boundary))))
 (let (($x3294 (> phase_46 phase_37)))
 (let ((?x3334 (ite $x3294 phase_46 phase_37)))
 (let (($x3652 (> phase_47 ?x3334)))
 (let ((?x2960 (ite $x3652 phase_47 ?x3334)))
 (let ((?x11381 (+ (ite (> boundary 3) 1.0 0.0) (ite (> boundary 7) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x16897 (= boundary 11)))
 (let (($x8914 (= boundary 9)))
 (let (($x20449 (or (= boundary 3) (= boundary 7) $x8914 $x16897)))
 (and $x20449 (or (and (and $x37737 (and (distinct ?x11381 0.0) true)) (> ?x2960 boundary)) $x52189))))))))))))))))))
(check-sat)
