(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_27 () Int)
(declare-fun phase_103 () Int)
(declare-fun phase_138 () Int)
(declare-fun phase_139 () Int)
(declare-fun phase_146 () Int)
(declare-fun phase_185 () Int)
(declare-fun phase_190 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_27 6))
(assert
 (= phase_103 15))
(assert
 (= phase_138 18))
(assert
 (= phase_139 18))
(assert
 (= phase_146 10))
(assert
 (= phase_185 22))
(assert
 (= phase_190 35))
(assert
 (let (($x58558 (> boundary 35)))
 (let ((?x24982 (ite $x58558 (- 1.0) 0.0)))
 (let (($x6316 (> boundary 23)))
 (let ((?x34349 (ite $x6316 1.0 0.0)))
 (let (($x1150 (= value_index 2)))
 (let (($x6518 (and (and $x1150 (and (distinct (+ ?x34349 ?x24982) 0.0) true)) (> (ite (> phase_190 phase_185) phase_190 phase_185) boundary))))
 (let (($x10088 (> phase_138 phase_103)))
 (let ((?x13177 (ite $x10088 phase_138 phase_103)))
 (let (($x12070 (> phase_139 ?x13177)))
 (let ((?x9185 (ite $x12070 phase_139 ?x13177)))
 (let ((?x35866 (+ (ite (> boundary 15) 1.0 0.0) (ite (> boundary 19) (- 1.0) 0.0))))
 (let (($x10788 (= value_index 1)))
 (let ((?x12094 (+ (ite (> boundary 7) 1.0 0.0) (ite (> boundary 11) (- 1.0) 0.0))))
 (let (($x10261 (= value_index 0)))
 (let (($x39471 (and (and $x10261 (and (distinct ?x12094 0.0) true)) (> (ite (> phase_146 phase_27) phase_146 phase_27) boundary))))
 (let (($x3942 (or $x39471 (and (and $x10788 (and (distinct ?x35866 0.0) true)) (> ?x9185 boundary)) $x6518)))
 (let (($x34288 (= boundary 35)))
 (let (($x6591 (= boundary 7)))
 (let (($x31154 (or $x6591 (= boundary 11) (= boundary 15) (= boundary 19) (= boundary 23) $x34288)))
 (and $x31154 $x3942)))))))))))))))))))))
(check-sat)
