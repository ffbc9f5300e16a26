(set-logic QF_LIA)
; 
(set-info :status unknown)
(declare-fun phase_134 () Int)
(declare-fun phase_135 () Int)
(declare-fun phase_136 () Int)
(declare-fun phase_137 () Int)
(declare-fun phase_145 () Int)
(declare-fun phase_146 () Int)
(declare-fun phase_147 () Int)
(declare-fun phase_160 () Int)
(declare-fun phase_161 () Int)
(declare-fun phase_162 () Int)
(declare-fun phase_163 () Int)
(declare-fun phase_171 () Int)
(declare-fun phase_172 () Int)
(declare-fun phase_173 () Int)
(declare-fun phase_186 () Int)
(declare-fun phase_187 () Int)
(declare-fun phase_188 () Int)
(declare-fun phase_189 () Int)
(declare-fun phase_200 () Int)
(declare-fun phase_201 () Int)
(declare-fun phase_202 () Int)
(declare-fun boundary () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_134 43))
(assert
 (= phase_135 46))
(assert
 (= phase_136 46))
(assert
 (= phase_137 47))
(assert
 (= phase_145 46))
(assert
 (= phase_146 46))
(assert
 (= phase_147 47))
(assert
 (= phase_160 51))
(assert
 (= phase_161 54))
(assert
 (= phase_162 54))
(assert
 (= phase_163 55))
(assert
 (= phase_171 54))
(assert
 (= phase_172 54))
(assert
 (= phase_173 55))
(assert
 (= phase_186 59))
(assert
 (= phase_187 62))
(assert
 (= phase_188 62))
(assert
 (= phase_189 63))
(assert
 (= phase_200 62))
(assert
 (= phase_201 62))
(assert
 (= phase_202 62))
(assert
 (let (($x23322 (<= boundary 536870911)))
 (let (($x20864 (and (and true (<= phase_186 boundary)) $x23322)))
 (let ((?x32167 (ite $x20864 1 0)))
 (let ((?x15323 (+ phase_161 1)))
 (let (($x3563 (> ?x15323 phase_160)))
 (let ((?x12759 (ite $x3563 ?x15323 phase_160)))
 (let ((?x18241 (+ phase_162 1)))
 (let (($x3567 (> ?x18241 ?x12759)))
 (let ((?x12772 (ite $x3567 ?x18241 ?x12759)))
 (let ((?x18742 (+ phase_171 1)))
 (let (($x29917 (> ?x18742 ?x12772)))
 (let ((?x29925 (ite $x29917 ?x18742 ?x12772)))
 (let ((?x18740 (+ phase_172 1)))
 (let (($x30994 (> ?x18740 ?x29925)))
 (let ((?x31174 (ite $x30994 ?x18740 ?x29925)))
 (let (($x42482 (> phase_163 ?x31174)))
 (let ((?x23113 (ite $x42482 phase_163 ?x31174)))
 (let (($x29626 (and (and true (<= phase_160 boundary)) (<= boundary (ite (> phase_173 ?x23113) phase_173 ?x23113)))))
 (let ((?x29587 (ite $x29626 1 0)))
 (let ((?x2508 (+ phase_135 1)))
 (let (($x9978 (> ?x2508 phase_134)))
 (let ((?x14203 (ite $x9978 ?x2508 phase_134)))
 (let ((?x16505 (+ phase_136 1)))
 (let (($x514 (> ?x16505 ?x14203)))
 (let ((?x862 (ite $x514 ?x16505 ?x14203)))
 (let ((?x614 (+ phase_145 1)))
 (let (($x5671 (> ?x614 ?x862)))
 (let ((?x10783 (ite $x5671 ?x614 ?x862)))
 (let ((?x15401 (+ phase_146 1)))
 (let (($x11052 (> ?x15401 ?x10783)))
 (let ((?x18091 (ite $x11052 ?x15401 ?x10783)))
 (let (($x26986 (> phase_137 ?x18091)))
 (let ((?x27410 (ite $x26986 phase_137 ?x18091)))
 (let (($x28974 (<= phase_134 boundary)))
 (let (($x45424 (and true $x28974)))
 (let (($x29638 (and $x45424 (<= boundary (ite (> phase_147 ?x27410) phase_147 ?x27410)))))
 (let ((?x29707 (ite $x29638 1 0)))
 (let ((?x43114 (+ ?x29707 ?x29587 ?x32167)))
 (let (($x32320 (>= ?x43114 2)))
 (let (($x3473 (> boundary 45)))
 (let (($x21563 (and true $x3473)))
 (let (($x13345 (<= boundary 79)))
 (let (($x2195 (>= boundary (- 1))))
 (let (($x22721 (and (= boundary (+ (* 2 boundary_half) 1)) $x2195)))
 (let (($x23091 (and $x22721 $x13345)))
 (let (($x22742 (and $x23091 $x21563)))
 (and $x22742 $x32320))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
