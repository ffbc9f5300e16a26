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
(declare-fun phase_130 () Int)
(declare-fun phase_131 () Int)
(declare-fun phase_132 () Int)
(declare-fun phase_135 () Int)
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
 (= phase_57 6))
(assert
 (= phase_58 6))
(assert
 (= phase_59 6))
(assert
 (= phase_72 6))
(assert
 (= phase_73 6))
(assert
 (= phase_74 6))
(assert
 (= phase_87 2))
(assert
 (= phase_88 2))
(assert
 (= phase_89 2))
(assert
 (= phase_113 4))
(assert
 (= phase_130 8))
(assert
 (= phase_131 10))
(assert
 (= phase_132 4))
(assert
 (= phase_135 4))
(assert
 (let (($x23895 (> boundary 11)))
 (let ((?x25675 (ite $x23895 (- 1.0) 0.0)))
 (let (($x21340 (> boundary 9)))
 (let ((?x23743 (ite $x21340 1.0 0.0)))
 (let (($x8320 (= value_index 1)))
 (let (($x32552 (and (and $x8320 (and (distinct (+ ?x23743 ?x25675) 0.0) true)) (> (ite (> phase_131 phase_130) phase_131 phase_130) boundary))))
 (let (($x19124 (> phase_42 phase_17)))
 (let ((?x18779 (ite $x19124 phase_42 phase_17)))
 (let (($x3472 (> phase_43 ?x18779)))
 (let ((?x19114 (ite $x3472 phase_43 ?x18779)))
 (let (($x19082 (> phase_44 ?x19114)))
 (let ((?x2817 (ite $x19082 phase_44 ?x19114)))
 (let (($x3424 (> phase_57 ?x2817)))
 (let ((?x18936 (ite $x3424 phase_57 ?x2817)))
 (let (($x9141 (> phase_58 ?x18936)))
 (let ((?x18948 (ite $x9141 phase_58 ?x18936)))
 (let (($x19116 (> phase_59 ?x18948)))
 (let ((?x16327 (ite $x19116 phase_59 ?x18948)))
 (let (($x18937 (> phase_72 ?x16327)))
 (let ((?x18939 (ite $x18937 phase_72 ?x16327)))
 (let (($x18933 (> phase_73 ?x18939)))
 (let ((?x18934 (ite $x18933 phase_73 ?x18939)))
 (let (($x18770 (> phase_74 ?x18934)))
 (let ((?x18929 (ite $x18770 phase_74 ?x18934)))
 (let (($x18930 (> phase_87 ?x18929)))
 (let ((?x18928 (ite $x18930 phase_87 ?x18929)))
 (let (($x18758 (> phase_88 ?x18928)))
 (let ((?x18760 (ite $x18758 phase_88 ?x18928)))
 (let (($x18761 (> phase_89 ?x18760)))
 (let ((?x14745 (ite $x18761 phase_89 ?x18760)))
 (let (($x18752 (> phase_113 ?x14745)))
 (let ((?x18747 (ite $x18752 phase_113 ?x14745)))
 (let (($x18751 (> phase_132 ?x18747)))
 (let ((?x18753 (ite $x18751 phase_132 ?x18747)))
 (let (($x18750 (> phase_135 ?x18753)))
 (let ((?x18748 (ite $x18750 phase_135 ?x18753)))
 (let ((?x11862 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 7) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x16897 (= boundary 11)))
 (let (($x8914 (= boundary 9)))
 (let (($x11280 (or (= boundary 1) (= boundary 7) $x8914 $x16897)))
 (and $x11280 (or (and (and $x37737 (and (distinct ?x11862 0.0) true)) (> ?x18748 boundary)) $x32552))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
