(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_19 () Int)
(declare-fun phase_80 () Int)
(declare-fun phase_81 () Int)
(declare-fun phase_82 () Int)
(declare-fun phase_95 () Int)
(declare-fun phase_96 () Int)
(declare-fun phase_97 () Int)
(declare-fun phase_115 () Int)
(declare-fun phase_136 () Int)
(declare-fun phase_137 () Int)
(declare-fun phase_138 () Int)
(declare-fun phase_141 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_19 0))
(assert
 (= phase_80 6))
(assert
 (= phase_81 6))
(assert
 (= phase_82 6))
(assert
 (= phase_95 2))
(assert
 (= phase_96 2))
(assert
 (= phase_97 2))
(assert
 (= phase_115 4))
(assert
 (= phase_136 8))
(assert
 (= phase_137 10))
(assert
 (= phase_138 4))
(assert
 (= phase_141 4))
(assert
 (let (($x21000 (> boundary 11)))
 (let ((?x36528 (ite $x21000 (- 1.0) 0.0)))
 (let (($x10580 (> boundary 9)))
 (let ((?x15678 (ite $x10580 1.0 0.0)))
 (let (($x8320 (= value_index 1)))
 (let (($x19914 (and (and $x8320 (and (distinct (+ ?x15678 ?x36528) 0.0) true)) (> (ite (> phase_137 phase_136) phase_137 phase_136) boundary))))
 (let (($x18822 (> phase_80 phase_19)))
 (let ((?x18807 (ite $x18822 phase_80 phase_19)))
 (let (($x18795 (> phase_81 ?x18807)))
 (let ((?x18806 (ite $x18795 phase_81 ?x18807)))
 (let (($x18798 (> phase_82 ?x18806)))
 (let ((?x4113 (ite $x18798 phase_82 ?x18806)))
 (let (($x18796 (> phase_95 ?x4113)))
 (let ((?x18797 (ite $x18796 phase_95 ?x4113)))
 (let (($x18793 (> phase_96 ?x18797)))
 (let ((?x2687 (ite $x18793 phase_96 ?x18797)))
 (let (($x18792 (> phase_97 ?x2687)))
 (let ((?x4376 (ite $x18792 phase_97 ?x2687)))
 (let (($x2741 (> phase_115 ?x4376)))
 (let ((?x2742 (ite $x2741 phase_115 ?x4376)))
 (let (($x18780 (> phase_138 ?x2742)))
 (let ((?x18781 (ite $x18780 phase_138 ?x2742)))
 (let (($x19056 (> phase_141 ?x18781)))
 (let ((?x16338 (ite $x19056 phase_141 ?x18781)))
 (let ((?x21506 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 7) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x16897 (= boundary 11)))
 (let (($x8914 (= boundary 9)))
 (let (($x35386 (or (= boundary 1) (= boundary 7) $x8914 $x16897)))
 (and $x35386 (or (and (and $x37737 (and (distinct ?x21506 0.0) true)) (> ?x16338 boundary)) $x19914))))))))))))))))))))))))))))))))
(check-sat)
