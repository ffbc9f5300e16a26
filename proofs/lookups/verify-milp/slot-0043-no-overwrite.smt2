(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_98 () Int)
(declare-fun phase_103 () Int)
(declare-fun phase_104 () Int)
(declare-fun phase_169 () Int)
(declare-fun phase_170 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_98 3))
(assert
 (= phase_103 6))
(assert
 (= phase_104 6))
(assert
 (= phase_169 8))
(assert
 (= phase_170 10))
(assert
 (let (($x23878 (> boundary 11)))
 (let ((?x20185 (ite $x23878 (- 1.0) 0.0)))
 (let (($x11124 (> boundary 9)))
 (let ((?x25195 (ite $x11124 1.0 0.0)))
 (let (($x8320 (= value_index 1)))
 (let (($x25814 (and (and $x8320 (and (distinct (+ ?x25195 ?x20185) 0.0) true)) (> (ite (> phase_170 phase_169) phase_170 phase_169) boundary))))
 (let (($x4716 (> phase_103 phase_98)))
 (let ((?x4884 (ite $x4716 phase_103 phase_98)))
 (let (($x4777 (> phase_104 ?x4884)))
 (let ((?x4784 (ite $x4777 phase_104 ?x4884)))
 (let ((?x25720 (+ (ite (> boundary 3) 1.0 0.0) (ite (> boundary 7) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x16897 (= boundary 11)))
 (let (($x8914 (= boundary 9)))
 (let (($x16135 (or (= boundary 3) (= boundary 7) $x8914 $x16897)))
 (and $x16135 (or (and (and $x37737 (and (distinct ?x25720 0.0) true)) (> ?x4784 boundary)) $x25814))))))))))))))))))
(check-sat)
