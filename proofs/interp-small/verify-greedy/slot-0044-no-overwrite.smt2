(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_38 () Int)
(declare-fun phase_76 () Int)
(declare-fun phase_147 () Int)
(declare-fun phase_166 () Int)
(declare-fun phase_176 () Int)
(declare-fun phase_181 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_38 4))
(assert
 (= phase_76 15))
(assert
 (= phase_147 10))
(assert
 (= phase_166 18))
(assert
 (= phase_176 22))
(assert
 (= phase_181 35))
(assert
 (let (($x8906 (> boundary 35)))
 (let ((?x25828 (ite $x8906 (- 1.0) 0.0)))
 (let (($x15167 (> boundary 23)))
 (let ((?x6563 (ite $x15167 1.0 0.0)))
 (let (($x1150 (= value_index 2)))
 (let (($x11552 (and (and $x1150 (and (distinct (+ ?x6563 ?x25828) 0.0) true)) (> (ite (> phase_181 phase_176) phase_181 phase_176) boundary))))
 (let ((?x12958 (+ (ite (> boundary 15) 1.0 0.0) (ite (> boundary 19) (- 1.0) 0.0))))
 (let (($x10788 (= value_index 1)))
 (let (($x11846 (and (and $x10788 (and (distinct ?x12958 0.0) true)) (> (ite (> phase_166 phase_76) phase_166 phase_76) boundary))))
 (let ((?x33908 (+ (ite (> boundary 5) 1.0 0.0) (ite (> boundary 11) (- 1.0) 0.0))))
 (let (($x10261 (= value_index 0)))
 (let (($x9070 (and (and $x10261 (and (distinct ?x33908 0.0) true)) (> (ite (> phase_147 phase_38) phase_147 phase_38) boundary))))
 (let (($x34288 (= boundary 35)))
 (let (($x6007 (= boundary 5)))
 (let (($x4904 (or $x6007 (= boundary 11) (= boundary 15) (= boundary 19) (= boundary 23) $x34288)))
 (and $x4904 (or $x9070 $x11846 $x11552))))))))))))))))))
(check-sat)
