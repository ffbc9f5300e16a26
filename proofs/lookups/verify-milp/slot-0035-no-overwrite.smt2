(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_8 () Int)
(declare-fun phase_110 () Int)
(declare-fun phase_111 () Int)
(declare-fun phase_112 () Int)
(declare-fun phase_113 () Int)
(declare-fun phase_114 () Int)
(declare-fun phase_115 () Int)
(declare-fun phase_116 () Int)
(declare-fun phase_117 () Int)
(declare-fun phase_118 () Int)
(declare-fun phase_119 () Int)
(declare-fun phase_120 () Int)
(declare-fun phase_121 () Int)
(declare-fun phase_122 () Int)
(declare-fun phase_123 () Int)
(declare-fun phase_124 () Int)
(declare-fun phase_125 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_8 3))
(assert
 (= phase_110 4))
(assert
 (= phase_111 4))
(assert
 (= phase_112 4))
(assert
 (= phase_113 4))
(assert
 (= phase_114 4))
(assert
 (= phase_115 4))
(assert
 (= phase_116 4))
(assert
 (= phase_117 4))
(assert
 (= phase_118 4))
(assert
 (= phase_119 4))
(assert
 (= phase_120 4))
(assert
 (= phase_121 4))
(assert
 (= phase_122 4))
(assert
 (= phase_123 4))
(assert
 (= phase_124 4))
(assert
 (= phase_125 8))
(assert
 (let (($x8320 (= value_index 1)))
 (let (($x18638 (and (and $x8320 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true)) true)))
 (let (($x5497 (> phase_110 phase_8)))
 (let ((?x4145 (ite $x5497 phase_110 phase_8)))
 (let (($x4008 (> phase_111 ?x4145)))
 (let ((?x13098 (ite $x4008 phase_111 ?x4145)))
 (let (($x16486 (> phase_112 ?x13098)))
 (let ((?x2942 (ite $x16486 phase_112 ?x13098)))
 (let (($x7031 (> phase_113 ?x2942)))
 (let ((?x1869 (ite $x7031 phase_113 ?x2942)))
 (let (($x18876 (> phase_114 ?x1869)))
 (let ((?x16297 (ite $x18876 phase_114 ?x1869)))
 (let (($x18619 (> phase_115 ?x16297)))
 (let ((?x19161 (ite $x18619 phase_115 ?x16297)))
 (let (($x19154 (> phase_116 ?x19161)))
 (let ((?x3079 (ite $x19154 phase_116 ?x19161)))
 (let (($x18870 (> phase_117 ?x3079)))
 (let ((?x18861 (ite $x18870 phase_117 ?x3079)))
 (let (($x3702 (> phase_118 ?x18861)))
 (let ((?x2114 (ite $x3702 phase_118 ?x18861)))
 (let (($x16438 (> phase_119 ?x2114)))
 (let ((?x16526 (ite $x16438 phase_119 ?x2114)))
 (let (($x18890 (> phase_120 ?x16526)))
 (let ((?x9075 (ite $x18890 phase_120 ?x16526)))
 (let (($x5619 (> phase_121 ?x9075)))
 (let ((?x1962 (ite $x5619 phase_121 ?x9075)))
 (let (($x5615 (> phase_122 ?x1962)))
 (let ((?x3122 (ite $x5615 phase_122 ?x1962)))
 (let (($x18732 (> phase_123 ?x3122)))
 (let ((?x13317 (ite $x18732 phase_123 ?x3122)))
 (let (($x5455 (> phase_124 ?x13317)))
 (let ((?x6019 (ite $x5455 phase_124 ?x13317)))
 (let (($x5367 (> phase_125 ?x6019)))
 (let ((?x5368 (ite $x5367 phase_125 ?x6019)))
 (let ((?x13434 (+ (ite (> boundary 3) 1.0 0.0) (ite (> boundary 9) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x16897 (= boundary 11)))
 (let (($x8914 (= boundary 9)))
 (let (($x19099 (or (= boundary 3) $x8914 $x16897)))
 (and $x19099 (or (and (and $x37737 (and (distinct ?x13434 0.0) true)) (> ?x5368 boundary)) $x18638))))))))))))))))))))))))))))))))))))))))))
(check-sat)
