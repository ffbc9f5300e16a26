(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_17 () Int)
(declare-fun phase_42 () Int)
(declare-fun phase_43 () Int)
(declare-fun phase_44 () Int)
(declare-fun phase_57 () Int)
(declare-fun phase_58 () Int)
(declare-fun phase_59 () Int)
(declare-fun phase_72 () Int)
(declare-fun phase_73 () Int)
(declare-fun phase_74 () Int)
(declare-fun phase_87 () Int)
(declare-fun phase_88 () Int)
(declare-fun phase_89 () Int)
(declare-fun phase_113 () Int)
(declare-fun phase_132 () Int)
(declare-fun phase_135 () Int)
(declare-fun phase_136 () Int)
(declare-fun phase_137 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_17 0))
(assert
 (= phase_42 2))
(assert
 (= phase_43 2))
(assert
 (= phase_44 2))
(assert
 (= phase_57 2))
(assert
 (= phase_58 2))
(assert
 (= phase_59 2))
(assert
 (= phase_72 2))
(assert
 (= phase_73 2))
(assert
 (= phase_74 2))
(assert
 (= phase_87 2))
(assert
 (= phase_88 2))
(assert
 (= phase_89 2))
(assert
 (= phase_113 4))
(assert
 (= phase_132 4))
(assert
 (= phase_135 4))
(assert
 (= phase_136 8))
(assert
 (= phase_137 10))
(assert
 (let (($x50852 (> boundary 11)))
 (let ((?x51298 (ite $x50852 (- 1.0) 0.0)))
 (let (($x45326 (> boundary 9)))
 (let ((?x50510 (ite $x45326 1.0 0.0)))
 (let (($x19215 (= value_index 1)))
 (let (($x3763 (and (and $x19215 (and (distinct (+ ?x50510 ?x51298) 0.0) true)) (> (ite (> phase_137 phase_136) phase_137 phase_136) boundary))))
 (let (($x19082 (> phase_42 phase_17)))
 (let ((?x4159 (ite $x19082 phase_42 phase_17)))
 (let (($x19077 (> phase_43 ?x4159)))
 (let ((?x18992 (ite $x19077 phase_43 ?x4159)))
 (let (($x18961 (> phase_44 ?x18992)))
 (let ((?x14832 (ite $x18961 phase_44 ?x18992)))
 (let (($x4269 (> phase_57 ?x14832)))
 (let ((?x18988 (ite $x4269 phase_57 ?x14832)))
 (let (($x18956 (> phase_58 ?x18988)))
 (let ((?x18951 (ite $x18956 phase_58 ?x18988)))
 (let (($x3382 (> phase_59 ?x18951)))
 (let ((?x3366 (ite $x3382 phase_59 ?x18951)))
 (let (($x2891 (> phase_72 ?x3366)))
 (let ((?x13270 (ite $x2891 phase_72 ?x3366)))
 (let (($x15065 (> phase_73 ?x13270)))
 (let ((?x18986 (ite $x15065 phase_73 ?x13270)))
 (let (($x18987 (> phase_74 ?x18986)))
 (let ((?x15499 (ite $x18987 phase_74 ?x18986)))
 (let (($x15069 (> phase_87 ?x15499)))
 (let ((?x18989 (ite $x15069 phase_87 ?x15499)))
 (let (($x18983 (> phase_88 ?x18989)))
 (let ((?x18694 (ite $x18983 phase_88 ?x18989)))
 (let (($x18982 (> phase_89 ?x18694)))
 (let ((?x14855 (ite $x18982 phase_89 ?x18694)))
 (let (($x6062 (> phase_113 ?x14855)))
 (let ((?x19179 (ite $x6062 phase_113 ?x14855)))
 (let (($x2010 (> phase_132 ?x19179)))
 (let ((?x14979 (ite $x2010 phase_132 ?x19179)))
 (let (($x19180 (> phase_135 ?x14979)))
 (let ((?x7971 (ite $x19180 phase_135 ?x14979)))
 (let ((?x12757 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 5) (- 1.0) 0.0))))
 (let (($x1772 (= value_index 0)))
 (let (($x3841 (= boundary 11)))
 (let (($x13147 (= boundary 9)))
 (let (($x25057 (or (= boundary 1) (= boundary 5) $x13147 $x3841)))
 (and $x25057 (or (and (and $x1772 (and (distinct ?x12757 0.0) true)) (> ?x7971 boundary)) $x3763))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
