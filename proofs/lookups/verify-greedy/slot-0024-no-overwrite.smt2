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
(declare-fun phase_135 () Int)
(declare-fun phase_138 () Int)
(declare-fun phase_139 () Int)
(declare-fun phase_140 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_18 0))
(assert
 (= phase_61 2))
(assert
 (= phase_62 2))
(assert
 (= phase_63 2))
(assert
 (= phase_76 2))
(assert
 (= phase_77 2))
(assert
 (= phase_78 2))
(assert
 (= phase_91 2))
(assert
 (= phase_92 2))
(assert
 (= phase_93 2))
(assert
 (= phase_114 4))
(assert
 (= phase_135 4))
(assert
 (= phase_138 4))
(assert
 (= phase_139 8))
(assert
 (= phase_140 10))
(assert
 (let (($x51335 (> boundary 11)))
 (let ((?x2810 (ite $x51335 (- 1.0) 0.0)))
 (let (($x40160 (> boundary 9)))
 (let ((?x42545 (ite $x40160 1.0 0.0)))
 (let (($x19215 (= value_index 1)))
 (let (($x15993 (and (and $x19215 (and (distinct (+ ?x42545 ?x2810) 0.0) true)) (> (ite (> phase_140 phase_139) phase_140 phase_139) boundary))))
 (let (($x18594 (> phase_61 phase_18)))
 (let ((?x18562 (ite $x18594 phase_61 phase_18)))
 (let (($x18554 (> phase_62 ?x18562)))
 (let ((?x18584 (ite $x18554 phase_62 ?x18562)))
 (let (($x15010 (> phase_63 ?x18584)))
 (let ((?x3550 (ite $x15010 phase_63 ?x18584)))
 (let (($x18953 (> phase_76 ?x3550)))
 (let ((?x14760 (ite $x18953 phase_76 ?x3550)))
 (let (($x18950 (> phase_77 ?x14760)))
 (let ((?x18952 (ite $x18950 phase_77 ?x14760)))
 (let (($x18955 (> phase_78 ?x18952)))
 (let ((?x18957 (ite $x18955 phase_78 ?x18952)))
 (let (($x18945 (> phase_91 ?x18957)))
 (let ((?x15051 (ite $x18945 phase_91 ?x18957)))
 (let (($x18946 (> phase_92 ?x15051)))
 (let ((?x18883 (ite $x18946 phase_92 ?x15051)))
 (let (($x18884 (> phase_93 ?x18883)))
 (let ((?x18881 (ite $x18884 phase_93 ?x18883)))
 (let (($x18896 (> phase_114 ?x18881)))
 (let ((?x12164 (ite $x18896 phase_114 ?x18881)))
 (let (($x12232 (> phase_135 ?x12164)))
 (let ((?x12285 (ite $x12232 phase_135 ?x12164)))
 (let (($x18707 (> phase_138 ?x12285)))
 (let ((?x18697 (ite $x18707 phase_138 ?x12285)))
 (let ((?x30097 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 5) (- 1.0) 0.0))))
 (let (($x1772 (= value_index 0)))
 (let (($x3841 (= boundary 11)))
 (let (($x13147 (= boundary 9)))
 (let (($x15991 (or (= boundary 1) (= boundary 5) $x13147 $x3841)))
 (and $x15991 (or (and (and $x1772 (and (distinct ?x30097 0.0) true)) (> ?x18697 boundary)) $x15993))))))))))))))))))))))))))))))))))))))
(check-sat)
