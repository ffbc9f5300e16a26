(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_20 () Int)
(declare-fun phase_64 () Int)
(declare-fun phase_65 () Int)
(declare-fun phase_66 () Int)
(declare-fun phase_99 () Int)
(declare-fun phase_100 () Int)
(declare-fun phase_101 () Int)
(declare-fun phase_116 () Int)
(declare-fun phase_141 () Int)
(declare-fun phase_144 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_20 0))
(assert
 (= phase_64 7))
(assert
 (= phase_65 10))
(assert
 (= phase_66 10))
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
 (let (($x4296 (> phase_65 phase_64)))
 (let ((?x4068 (ite $x4296 phase_65 phase_64)))
 (let (($x2363 (> phase_66 ?x4068)))
 (let ((?x2443 (ite $x2363 phase_66 ?x4068)))
 (let (($x840 (> boundary 11)))
 (let ((?x26397 (ite $x840 (- 1.0) 0.0)))
 (let (($x24472 (> boundary 7)))
 (let ((?x4746 (ite $x24472 1.0 0.0)))
 (let (($x8320 (= value_index 1)))
 (let (($x7179 (> phase_99 phase_20)))
 (let ((?x2125 (ite $x7179 phase_99 phase_20)))
 (let (($x19018 (> phase_100 ?x2125)))
 (let ((?x12948 (ite $x19018 phase_100 ?x2125)))
 (let (($x2064 (> phase_101 ?x12948)))
 (let ((?x13191 (ite $x2064 phase_101 ?x12948)))
 (let (($x2126 (> phase_116 ?x13191)))
 (let ((?x19020 (ite $x2126 phase_116 ?x13191)))
 (let (($x18965 (> phase_141 ?x19020)))
 (let ((?x19003 (ite $x18965 phase_141 ?x19020)))
 (let (($x19002 (> phase_144 ?x19003)))
 (let ((?x18998 (ite $x19002 phase_144 ?x19003)))
 (let ((?x24678 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 5) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x28080 (or (and (and $x37737 (and (distinct ?x24678 0.0) true)) (> ?x18998 boundary)) (and (and $x8320 (and (distinct (+ ?x4746 ?x26397) 0.0) true)) (> ?x2443 boundary)))))
 (let (($x16897 (= boundary 11)))
 (let (($x16682 (or (= boundary 1) (= boundary 5) (= boundary 7) $x16897)))
 (and $x16682 $x28080))))))))))))))))))))))))))))
(check-sat)
