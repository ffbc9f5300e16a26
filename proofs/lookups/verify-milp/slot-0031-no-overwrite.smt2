(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_26 () Int)
(declare-fun phase_122 () Int)
(declare-fun phase_139 () Int)
(declare-fun phase_140 () Int)
(declare-fun phase_159 () Int)
(declare-fun phase_162 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_26 0))
(assert
 (= phase_122 4))
(assert
 (= phase_139 8))
(assert
 (= phase_140 10))
(assert
 (= phase_159 4))
(assert
 (= phase_162 4))
(assert
 (let (($x25059 (> boundary 11)))
 (let ((?x32946 (ite $x25059 (- 1.0) 0.0)))
 (let (($x21961 (> boundary 9)))
 (let ((?x25555 (ite $x21961 1.0 0.0)))
 (let (($x8320 (= value_index 1)))
 (let (($x22696 (and (and $x8320 (and (distinct (+ ?x25555 ?x32946) 0.0) true)) (> (ite (> phase_140 phase_139) phase_140 phase_139) boundary))))
 (let (($x4192 (> phase_122 phase_26)))
 (let ((?x11781 (ite $x4192 phase_122 phase_26)))
 (let (($x12959 (> phase_159 ?x11781)))
 (let ((?x18941 (ite $x12959 phase_159 ?x11781)))
 (let (($x18942 (> phase_162 ?x18941)))
 (let ((?x18943 (ite $x18942 phase_162 ?x18941)))
 (let ((?x23976 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 5) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x16897 (= boundary 11)))
 (let (($x8914 (= boundary 9)))
 (let (($x14314 (or (= boundary 1) (= boundary 5) $x8914 $x16897)))
 (and $x14314 (or (and (and $x37737 (and (distinct ?x23976 0.0) true)) (> ?x18943 boundary)) $x22696))))))))))))))))))))
(check-sat)
