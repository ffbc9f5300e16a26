(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_4 () Int)
(declare-fun phase_5 () Int)
(declare-fun phase_12 () Int)
(declare-fun phase_13 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_4 8))
(assert
 (= phase_5 10))
(assert
 (= phase_12 0))
(assert
 (= phase_13 7))
(assert
 (let (($x19836 (> boundary 7)))
 (let ((?x10062 (ite $x19836 (- 1.0) 0.0)))
 (let (($x12196 (> boundary 1)))
 (let ((?x21000 (ite $x12196 1.0 0.0)))
 (let (($x8320 (= value_index 1)))
 (let (($x17206 (and (and $x8320 (and (distinct (+ ?x21000 ?x10062) 0.0) true)) (> (ite (> phase_13 phase_12) phase_13 phase_12) boundary))))
 (let ((?x24441 (+ (ite (> boundary 9) 1.0 0.0) (ite (> boundary 11) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x22056 (and (and $x37737 (and (distinct ?x24441 0.0) true)) (> (ite (> phase_5 phase_4) phase_5 phase_4) boundary))))
 (let (($x16897 (= boundary 11)))
 (let (($x8914 (= boundary 9)))
 (let (($x13937 (or (= boundary 1) (= boundary 7) $x8914 $x16897)))
 (and $x13937 (or $x22056 $x17206)))))))))))))))
(check-sat)
