(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_12 () Int)
(declare-fun phase_25 () Int)
(declare-fun phase_950 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_12 4))
(assert
 (= phase_25 6))
(assert
 (= phase_950 47))
(assert
 (let (($x9031 (= value_index 2)))
 (let (($x115223 (and (and $x9031 (and (distinct (ite (> boundary 51) 1.0 0.0) 0.0) true)) true)))
 (let ((?x180401 (+ (ite (> boundary 7) 1.0 0.0) (ite (> boundary 47) (- 1.0) 0.0))))
 (let (($x226158 (= value_index 1)))
 (let (($x80703 (and (and $x226158 (and (distinct ?x180401 0.0) true)) (> (ite (> phase_950 phase_25) phase_950 phase_25) boundary))))
 (let ((?x151178 (+ (ite (> boundary (- 1)) 1.0 0.0) (ite (> boundary 5) (- 1.0) 0.0))))
 (let (($x4299 (= value_index 0)))
 (let (($x69203 (and (and $x4299 (and (distinct ?x151178 0.0) true)) (> (ite (> phase_12 (- 1)) phase_12 (- 1)) boundary))))
 (let (($x13847 (= boundary 51)))
 (let (($x11941 (= boundary (- 1))))
 (let (($x126838 (or $x11941 (= boundary 5) (= boundary 7) (= boundary 47) $x13847)))
 (and $x126838 (or $x69203 $x80703 $x115223))))))))))))))
(check-sat)
