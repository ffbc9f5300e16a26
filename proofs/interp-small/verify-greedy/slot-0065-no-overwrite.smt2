(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_106 () Int)
(declare-fun phase_110 () Int)
(declare-fun phase_111 () Int)
(declare-fun phase_169 () Int)
(declare-fun phase_172 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_106 11))
(assert
 (= phase_110 26))
(assert
 (= phase_111 26))
(assert
 (= phase_169 30))
(assert
 (= phase_172 35))
(assert
 (let (($x17782 (> boundary 35)))
 (let ((?x6393 (ite $x17782 (- 1.0) 0.0)))
 (let (($x22922 (> boundary 31)))
 (let ((?x3160 (ite $x22922 1.0 0.0)))
 (let (($x10788 (= value_index 1)))
 (let (($x57300 (and (and $x10788 (and (distinct (+ ?x3160 ?x6393) 0.0) true)) (> (ite (> phase_172 phase_169) phase_172 phase_169) boundary))))
 (let (($x5539 (> phase_110 phase_106)))
 (let ((?x2870 (ite $x5539 phase_110 phase_106)))
 (let (($x15680 (> phase_111 ?x2870)))
 (let ((?x13292 (ite $x15680 phase_111 ?x2870)))
 (let ((?x16545 (+ (ite (> boundary 11) 1.0 0.0) (ite (> boundary 27) (- 1.0) 0.0))))
 (let (($x10261 (= value_index 0)))
 (let (($x34288 (= boundary 35)))
 (let (($x26063 (or (= boundary 11) (= boundary 27) (= boundary 31) $x34288)))
 (and $x26063 (or (and (and $x10261 (and (distinct ?x16545 0.0) true)) (> ?x13292 boundary)) $x57300)))))))))))))))))
(check-sat)
