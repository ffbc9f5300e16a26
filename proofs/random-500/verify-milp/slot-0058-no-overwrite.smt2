(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_39 () Int)
(declare-fun phase_52 () Int)
(declare-fun phase_71 () Int)
(declare-fun phase_296 () Int)
(declare-fun phase_445 () Int)
(declare-fun phase_480 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_39 2))
(assert
 (= phase_52 6))
(assert
 (= phase_71 6))
(assert
 (= phase_296 23))
(assert
 (= phase_445 32))
(assert
 (= phase_480 36))
(assert
 (let (($x69744 (= value_index 1)))
 (let (($x132111 (and (and $x69744 (and (distinct (ite (> boundary 39) 1.0 0.0) 0.0) true)) true)))
 (let (($x11941 (> phase_52 phase_39)))
 (let ((?x12047 (ite $x11941 phase_52 phase_39)))
 (let (($x12233 (> phase_71 ?x12047)))
 (let ((?x11623 (ite $x12233 phase_71 ?x12047)))
 (let (($x12280 (> phase_296 ?x11623)))
 (let ((?x7878 (ite $x12280 phase_296 ?x11623)))
 (let (($x12416 (> phase_445 ?x7878)))
 (let ((?x12348 (ite $x12416 phase_445 ?x7878)))
 (let (($x12431 (> phase_480 ?x12348)))
 (let ((?x11286 (ite $x12431 phase_480 ?x12348)))
 (let ((?x121002 (+ (ite (> boundary 3) 1.0 0.0) (ite (> boundary 37) (- 1.0) 0.0))))
 (let (($x1672 (= value_index 0)))
 (let (($x64322 (= boundary 39)))
 (let (($x98607 (= boundary 37)))
 (let (($x115410 (= boundary 3)))
 (let (($x85702 (or $x115410 $x98607 $x64322)))
 (and $x85702 (or (and (and $x1672 (and (distinct ?x121002 0.0) true)) (> ?x11286 boundary)) $x132111)))))))))))))))))))))
(check-sat)
