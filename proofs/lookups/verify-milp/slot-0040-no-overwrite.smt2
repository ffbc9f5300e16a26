(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_45 () Int)
(declare-fun phase_46 () Int)
(declare-fun phase_47 () Int)
(declare-fun phase_160 () Int)
(declare-fun phase_161 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_45 3))
(assert
 (= phase_46 6))
(assert
 (= phase_47 6))
(assert
 (= phase_160 8))
(assert
 (= phase_161 10))
(assert
 (let (($x20119 (> boundary 11)))
 (let ((?x15886 (ite $x20119 (- 1.0) 0.0)))
 (let (($x24301 (> boundary 9)))
 (let ((?x25817 (ite $x24301 1.0 0.0)))
 (let (($x8320 (= value_index 1)))
 (let (($x21172 (and (and $x8320 (and (distinct (+ ?x25817 ?x15886) 0.0) true)) (> (ite (> phase_161 phase_160) phase_161 phase_160) boundary))))
 (let (($x3724 (> phase_46 phase_45)))
 (let ((?x3844 (ite $x3724 phase_46 phase_45)))
 (let (($x3344 (> phase_47 ?x3844)))
 (let ((?x3534 (ite $x3344 phase_47 ?x3844)))
 (let ((?x20092 (+ (ite (> boundary 3) 1.0 0.0) (ite (> boundary 7) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x16897 (= boundary 11)))
 (let (($x8914 (= boundary 9)))
 (let (($x15436 (or (= boundary 3) (= boundary 7) $x8914 $x16897)))
 (and $x15436 (or (and (and $x37737 (and (distinct ?x20092 0.0) true)) (> ?x3534 boundary)) $x21172))))))))))))))))))
(check-sat)
