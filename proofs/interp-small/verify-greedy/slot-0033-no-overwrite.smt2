(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_8 () Int)
(declare-fun phase_137 () Int)
(declare-fun phase_167 () Int)
(declare-fun phase_172 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_8 3))
(assert
 (= phase_137 20))
(assert
 (= phase_167 22))
(assert
 (= phase_172 35))
(assert
 (let (($x30718 (> boundary 35)))
 (let ((?x872 (ite $x30718 (- 1.0) 0.0)))
 (let (($x26191 (> boundary 23)))
 (let ((?x27010 (ite $x26191 1.0 0.0)))
 (let (($x10788 (= value_index 1)))
 (let (($x33938 (and (and $x10788 (and (distinct (+ ?x27010 ?x872) 0.0) true)) (> (ite (> phase_172 phase_167) phase_172 phase_167) boundary))))
 (let ((?x2260 (+ (ite (> boundary 3) 1.0 0.0) (ite (> boundary 21) (- 1.0) 0.0))))
 (let (($x10261 (= value_index 0)))
 (let (($x26919 (and (and $x10261 (and (distinct ?x2260 0.0) true)) (> (ite (> phase_137 phase_8) phase_137 phase_8) boundary))))
 (let (($x34288 (= boundary 35)))
 (let (($x22240 (= boundary 3)))
 (let (($x22903 (or $x22240 (= boundary 21) (= boundary 23) $x34288)))
 (and $x22903 (or $x26919 $x33938)))))))))))))))
(check-sat)
