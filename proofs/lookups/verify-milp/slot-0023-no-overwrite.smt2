(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_18 () Int)
(declare-fun phase_61 () Int)
(declare-fun phase_62 () Int)
(declare-fun phase_63 () Int)
(declare-fun phase_76 () Int)
(declare-fun phase_77 () Int)
(declare-fun phase_78 () Int)
(declare-fun phase_91 () Int)
(declare-fun phase_92 () Int)
(declare-fun phase_93 () Int)
(declare-fun phase_114 () Int)
(declare-fun phase_133 () Int)
(declare-fun phase_134 () Int)
(declare-fun phase_135 () Int)
(declare-fun phase_138 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_18 0))
(assert
 (= phase_61 6))
(assert
 (= phase_62 6))
(assert
 (= phase_63 6))
(assert
 (= phase_76 6))
(assert
 (= phase_77 6))
(assert
 (= phase_78 6))
(assert
 (= phase_91 2))
(assert
 (= phase_92 2))
(assert
 (= phase_93 2))
(assert
 (= phase_114 4))
(assert
 (= phase_133 8))
(assert
 (= phase_134 10))
(assert
 (= phase_135 4))
(assert
 (= phase_138 4))
(assert
 (let (($x34414 (> boundary 11)))
 (let ((?x4506 (ite $x34414 (- 1.0) 0.0)))
 (let (($x25467 (> boundary 9)))
 (let ((?x32453 (ite $x25467 1.0 0.0)))
 (let (($x8320 (= value_index 1)))
 (let (($x15890 (and (and $x8320 (and (distinct (+ ?x32453 ?x4506) 0.0) true)) (> (ite (> phase_134 phase_133) phase_134 phase_133) boundary))))
 (let (($x18964 (> phase_61 phase_18)))
 (let ((?x3460 (ite $x18964 phase_61 phase_18)))
 (let (($x18967 (> phase_62 ?x3460)))
 (let ((?x18966 (ite $x18967 phase_62 ?x3460)))
 (let (($x4285 (> phase_63 ?x18966)))
 (let ((?x4286 (ite $x4285 phase_63 ?x18966)))
 (let (($x2783 (> phase_76 ?x4286)))
 (let ((?x18687 (ite $x2783 phase_76 ?x4286)))
 (let (($x16329 (> phase_77 ?x18687)))
 (let ((?x5591 (ite $x16329 phase_77 ?x18687)))
 (let (($x18957 (> phase_78 ?x5591)))
 (let ((?x19093 (ite $x18957 phase_78 ?x5591)))
 (let (($x19094 (> phase_91 ?x19093)))
 (let ((?x18765 (ite $x19094 phase_91 ?x19093)))
 (let (($x19065 (> phase_92 ?x18765)))
 (let ((?x19059 (ite $x19065 phase_92 ?x18765)))
 (let (($x18545 (> phase_93 ?x19059)))
 (let ((?x2269 (ite $x18545 phase_93 ?x19059)))
 (let (($x2222 (> phase_114 ?x2269)))
 (let ((?x2212 (ite $x2222 phase_114 ?x2269)))
 (let (($x18547 (> phase_135 ?x2212)))
 (let ((?x18540 (ite $x18547 phase_135 ?x2212)))
 (let (($x18530 (> phase_138 ?x18540)))
 (let ((?x19010 (ite $x18530 phase_138 ?x18540)))
 (let ((?x16255 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 7) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x16897 (= boundary 11)))
 (let (($x8914 (= boundary 9)))
 (let (($x17561 (or (= boundary 1) (= boundary 7) $x8914 $x16897)))
 (and $x17561 (or (and (and $x37737 (and (distinct ?x16255 0.0) true)) (> ?x19010 boundary)) $x15890))))))))))))))))))))))))))))))))))))))
(check-sat)
