(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_21 () Int)
(declare-fun phase_71 () Int)
(declare-fun phase_84 () Int)
(declare-fun phase_85 () Int)
(declare-fun phase_117 () Int)
(declare-fun phase_144 () Int)
(declare-fun phase_147 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_21 0))
(assert
 (= phase_71 7))
(assert
 (= phase_84 10))
(assert
 (= phase_85 10))
(assert
 (= phase_117 4))
(assert
 (= phase_144 4))
(assert
 (= phase_147 4))
(assert
 (let (($x4111 (> phase_84 phase_71)))
 (let ((?x4069 (ite $x4111 phase_84 phase_71)))
 (let (($x3363 (> phase_85 ?x4069)))
 (let ((?x2425 (ite $x3363 phase_85 ?x4069)))
 (let (($x5953 (> boundary 11)))
 (let ((?x23400 (ite $x5953 (- 1.0) 0.0)))
 (let (($x4715 (> boundary 7)))
 (let ((?x17718 (ite $x4715 1.0 0.0)))
 (let (($x8320 (= value_index 1)))
 (let (($x16317 (> phase_117 phase_21)))
 (let ((?x19038 (ite $x16317 phase_117 phase_21)))
 (let (($x19039 (> phase_144 ?x19038)))
 (let ((?x19032 (ite $x19039 phase_144 ?x19038)))
 (let (($x19035 (> phase_147 ?x19032)))
 (let ((?x19029 (ite $x19035 phase_147 ?x19032)))
 (let ((?x20437 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 5) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x36720 (or (and (and $x37737 (and (distinct ?x20437 0.0) true)) (> ?x19029 boundary)) (and (and $x8320 (and (distinct (+ ?x17718 ?x23400) 0.0) true)) (> ?x2425 boundary)))))
 (let (($x16897 (= boundary 11)))
 (let (($x21036 (or (= boundary 1) (= boundary 5) (= boundary 7) $x16897)))
 (and $x21036 $x36720))))))))))))))))))))))
(check-sat)
