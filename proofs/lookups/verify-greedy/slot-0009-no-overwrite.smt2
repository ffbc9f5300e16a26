(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_9 () Int)
(declare-fun phase_10 () Int)
(declare-fun phase_126 () Int)
(declare-fun phase_129 () Int)
(declare-fun phase_132 () Int)
(declare-fun phase_135 () Int)
(declare-fun phase_138 () Int)
(declare-fun phase_141 () Int)
(declare-fun phase_144 () Int)
(declare-fun phase_147 () Int)
(declare-fun phase_150 () Int)
(declare-fun phase_153 () Int)
(declare-fun phase_156 () Int)
(declare-fun phase_159 () Int)
(declare-fun phase_162 () Int)
(declare-fun phase_165 () Int)
(declare-fun phase_168 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_9 2))
(assert
 (= phase_10 2))
(assert
 (= phase_126 4))
(assert
 (= phase_129 4))
(assert
 (= phase_132 4))
(assert
 (= phase_135 4))
(assert
 (= phase_138 4))
(assert
 (= phase_141 4))
(assert
 (= phase_144 4))
(assert
 (= phase_147 4))
(assert
 (= phase_150 4))
(assert
 (= phase_153 4))
(assert
 (= phase_156 4))
(assert
 (= phase_159 4))
(assert
 (= phase_162 4))
(assert
 (= phase_165 4))
(assert
 (= phase_168 4))
(assert
 (let (($x19215 (= value_index 1)))
 (let (($x47679 (and (and $x19215 (and (distinct (ite (> boundary 7) 1.0 0.0) 0.0) true)) true)))
 (let (($x5791 (> phase_9 (- 1))))
 (let ((?x18863 (ite $x5791 phase_9 (- 1))))
 (let (($x14865 (> phase_10 ?x18863)))
 (let ((?x630 (ite $x14865 phase_10 ?x18863)))
 (let (($x15113 (> phase_126 ?x630)))
 (let ((?x15100 (ite $x15113 phase_126 ?x630)))
 (let (($x1331 (> phase_129 ?x15100)))
 (let ((?x15038 (ite $x1331 phase_129 ?x15100)))
 (let (($x18865 (> phase_132 ?x15038)))
 (let ((?x15031 (ite $x18865 phase_132 ?x15038)))
 (let (($x5084 (> phase_135 ?x15031)))
 (let ((?x1868 (ite $x5084 phase_135 ?x15031)))
 (let (($x2969 (> phase_138 ?x1868)))
 (let ((?x14753 (ite $x2969 phase_138 ?x1868)))
 (let (($x18494 (> phase_141 ?x14753)))
 (let ((?x9322 (ite $x18494 phase_141 ?x14753)))
 (let (($x3165 (> phase_144 ?x9322)))
 (let ((?x14745 (ite $x3165 phase_144 ?x9322)))
 (let (($x13022 (> phase_147 ?x14745)))
 (let ((?x18761 (ite $x13022 phase_147 ?x14745)))
 (let (($x18849 (> phase_150 ?x18761)))
 (let ((?x13146 (ite $x18849 phase_150 ?x18761)))
 (let (($x3331 (> phase_153 ?x13146)))
 (let ((?x13196 (ite $x3331 phase_153 ?x13146)))
 (let (($x13583 (> phase_156 ?x13196)))
 (let ((?x13252 (ite $x13583 phase_156 ?x13196)))
 (let (($x15008 (> phase_159 ?x13252)))
 (let ((?x23107 (ite $x15008 phase_159 ?x13252)))
 (let (($x5340 (> phase_162 ?x23107)))
 (let ((?x24380 (ite $x5340 phase_162 ?x23107)))
 (let (($x2607 (> phase_165 ?x24380)))
 (let ((?x18928 (ite $x2607 phase_165 ?x24380)))
 (let (($x18922 (> phase_168 ?x18928)))
 (let ((?x5400 (ite $x18922 phase_168 ?x18928)))
 (let ((?x14926 (+ (ite (> boundary (- 1)) 1.0 0.0) (ite (> boundary 5) (- 1.0) 0.0))))
 (let (($x1772 (= value_index 0)))
 (let (($x50433 (or (= boundary (- 1)) (= boundary 5) (= boundary 7))))
 (and $x50433 (or (and (and $x1772 (and (distinct ?x14926 0.0) true)) (> ?x5400 boundary)) $x47679))))))))))))))))))))))))))))))))))))))))))
(check-sat)
