(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_15 () Int)
(declare-fun phase_34 () Int)
(declare-fun phase_35 () Int)
(declare-fun phase_36 () Int)
(declare-fun phase_49 () Int)
(declare-fun phase_50 () Int)
(declare-fun phase_51 () Int)
(declare-fun phase_107 () Int)
(declare-fun phase_111 () Int)
(declare-fun phase_126 () Int)
(declare-fun phase_129 () Int)
(declare-fun phase_130 () Int)
(declare-fun phase_131 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_15 0))
(assert
 (= phase_34 2))
(assert
 (= phase_35 2))
(assert
 (= phase_36 2))
(assert
 (= phase_49 2))
(assert
 (= phase_50 2))
(assert
 (= phase_51 2))
(assert
 (= phase_107 2))
(assert
 (= phase_111 4))
(assert
 (= phase_126 4))
(assert
 (= phase_129 4))
(assert
 (= phase_130 8))
(assert
 (= phase_131 10))
(assert
 (let (($x6776 (> boundary 11)))
 (let ((?x5406 (ite $x6776 (- 1.0) 0.0)))
 (let (($x52277 (> boundary 9)))
 (let ((?x34919 (ite $x52277 1.0 0.0)))
 (let (($x19215 (= value_index 1)))
 (let (($x40134 (and (and $x19215 (and (distinct (+ ?x34919 ?x5406) 0.0) true)) (> (ite (> phase_131 phase_130) phase_131 phase_130) boundary))))
 (let (($x19091 (> phase_34 phase_15)))
 (let ((?x18579 (ite $x19091 phase_34 phase_15)))
 (let (($x3209 (> phase_35 ?x18579)))
 (let ((?x18604 (ite $x3209 phase_35 ?x18579)))
 (let (($x2204 (> phase_36 ?x18604)))
 (let ((?x19087 (ite $x2204 phase_36 ?x18604)))
 (let (($x2655 (> phase_49 ?x19087)))
 (let ((?x14916 (ite $x2655 phase_49 ?x19087)))
 (let (($x19037 (> phase_50 ?x14916)))
 (let ((?x18916 (ite $x19037 phase_50 ?x14916)))
 (let (($x14814 (> phase_51 ?x18916)))
 (let ((?x4667 (ite $x14814 phase_51 ?x18916)))
 (let (($x2408 (> phase_107 ?x4667)))
 (let ((?x2365 (ite $x2408 phase_107 ?x4667)))
 (let (($x19058 (> phase_111 ?x2365)))
 (let ((?x19038 (ite $x19058 phase_111 ?x2365)))
 (let (($x4670 (> phase_126 ?x19038)))
 (let ((?x4668 (ite $x4670 phase_126 ?x19038)))
 (let (($x18910 (> phase_129 ?x4668)))
 (let ((?x18909 (ite $x18910 phase_129 ?x4668)))
 (let ((?x12236 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 5) (- 1.0) 0.0))))
 (let (($x1772 (= value_index 0)))
 (let (($x3841 (= boundary 11)))
 (let (($x13147 (= boundary 9)))
 (let (($x2587 (or (= boundary 1) (= boundary 5) $x13147 $x3841)))
 (and $x2587 (or (and (and $x1772 (and (distinct ?x12236 0.0) true)) (> ?x18909 boundary)) $x40134))))))))))))))))))))))))))))))))))
(check-sat)
