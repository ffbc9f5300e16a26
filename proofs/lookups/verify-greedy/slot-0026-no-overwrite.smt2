(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_20 () Int)
(declare-fun phase_99 () Int)
(declare-fun phase_100 () Int)
(declare-fun phase_101 () Int)
(declare-fun phase_116 () Int)
(declare-fun phase_141 () Int)
(declare-fun phase_144 () Int)
(declare-fun phase_145 () Int)
(declare-fun phase_146 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_20 0))
(assert
 (= phase_99 2))
(assert
 (= phase_100 2))
(assert
 (= phase_101 2))
(assert
 (= phase_116 4))
(assert
 (= phase_141 4))
(assert
 (= phase_144 4))
(assert
 (= phase_145 8))
(assert
 (= phase_146 10))
(assert
 (let (($x42061 (> boundary 11)))
 (let ((?x14869 (ite $x42061 (- 1.0) 0.0)))
 (let (($x41299 (> boundary 9)))
 (let ((?x50990 (ite $x41299 1.0 0.0)))
 (let (($x19215 (= value_index 1)))
 (let (($x28630 (and (and $x19215 (and (distinct (+ ?x50990 ?x14869) 0.0) true)) (> (ite (> phase_146 phase_145) phase_146 phase_145) boundary))))
 (let (($x13319 (> phase_99 phase_20)))
 (let ((?x13315 (ite $x13319 phase_99 phase_20)))
 (let (($x18827 (> phase_100 ?x13315)))
 (let ((?x18826 (ite $x18827 phase_100 ?x13315)))
 (let (($x3562 (> phase_101 ?x18826)))
 (let ((?x18822 (ite $x3562 phase_101 ?x18826)))
 (let (($x18832 (> phase_116 ?x18822)))
 (let ((?x18820 (ite $x18832 phase_116 ?x18822)))
 (let (($x2276 (> phase_141 ?x18820)))
 (let ((?x4055 (ite $x2276 phase_141 ?x18820)))
 (let (($x18823 (> phase_144 ?x4055)))
 (let ((?x4056 (ite $x18823 phase_144 ?x4055)))
 (let ((?x42817 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 5) (- 1.0) 0.0))))
 (let (($x1772 (= value_index 0)))
 (let (($x3841 (= boundary 11)))
 (let (($x13147 (= boundary 9)))
 (let (($x25049 (or (= boundary 1) (= boundary 5) $x13147 $x3841)))
 (and $x25049 (or (and (and $x1772 (and (distinct ?x42817 0.0) true)) (> ?x4056 boundary)) $x28630))))))))))))))))))))))))))
(check-sat)
