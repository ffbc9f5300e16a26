(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_12 () Int)
(declare-fun phase_21 () Int)
(declare-fun phase_112 () Int)
(declare-fun phase_125 () Int)
(declare-fun phase_126 () Int)
(declare-fun phase_128 () Int)
(declare-fun phase_129 () Int)
(declare-fun phase_131 () Int)
(declare-fun phase_132 () Int)
(declare-fun phase_134 () Int)
(declare-fun phase_135 () Int)
(declare-fun phase_137 () Int)
(declare-fun phase_138 () Int)
(declare-fun phase_142 () Int)
(declare-fun phase_143 () Int)
(declare-fun phase_162 () Int)
(declare-fun phase_167 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_12 4))
(assert
 (= phase_21 6))
(assert
 (= phase_112 27))
(assert
 (= phase_125 30))
(assert
 (= phase_126 30))
(assert
 (= phase_128 30))
(assert
 (= phase_129 30))
(assert
 (= phase_131 30))
(assert
 (= phase_132 30))
(assert
 (= phase_134 30))
(assert
 (= phase_135 30))
(assert
 (= phase_137 20))
(assert
 (= phase_138 18))
(assert
 (= phase_142 30))
(assert
 (= phase_143 30))
(assert
 (= phase_162 30))
(assert
 (= phase_167 22))
(assert
 (let (($x13250 (= value_index 4)))
 (let (($x44950 (and (and $x13250 (and (distinct (ite (> boundary 35) 1.0 0.0) 0.0) true)) true)))
 (let ((?x4006 (+ (ite (> boundary 21) 1.0 0.0) (ite (> boundary 23) (- 1.0) 0.0))))
 (let (($x476 (= value_index 3)))
 (let (($x15470 (and (and $x476 (and (distinct ?x4006 0.0) true)) (> (ite (> phase_167 phase_137) phase_167 phase_137) boundary))))
 (let (($x3348 (> phase_125 phase_112)))
 (let ((?x3499 (ite $x3348 phase_125 phase_112)))
 (let (($x4774 (> phase_126 ?x3499)))
 (let ((?x16945 (ite $x4774 phase_126 ?x3499)))
 (let (($x16712 (> phase_128 ?x16945)))
 (let ((?x4059 (ite $x16712 phase_128 ?x16945)))
 (let (($x3205 (> phase_129 ?x4059)))
 (let ((?x5747 (ite $x3205 phase_129 ?x4059)))
 (let (($x4327 (> phase_131 ?x5747)))
 (let ((?x26880 (ite $x4327 phase_131 ?x5747)))
 (let (($x5802 (> phase_132 ?x26880)))
 (let ((?x5824 (ite $x5802 phase_132 ?x26880)))
 (let (($x16969 (> phase_134 ?x5824)))
 (let ((?x16915 (ite $x16969 phase_134 ?x5824)))
 (let (($x28042 (> phase_135 ?x16915)))
 (let ((?x30991 (ite $x28042 phase_135 ?x16915)))
 (let (($x5796 (> phase_142 ?x30991)))
 (let ((?x3376 (ite $x5796 phase_142 ?x30991)))
 (let (($x3452 (> phase_143 ?x3376)))
 (let ((?x2095 (ite $x3452 phase_143 ?x3376)))
 (let (($x2193 (> phase_162 ?x2095)))
 (let ((?x4330 (ite $x2193 phase_162 ?x2095)))
 (let ((?x4986 (+ (ite (> boundary 27) 1.0 0.0) (ite (> boundary 31) (- 1.0) 0.0))))
 (let (($x1150 (= value_index 2)))
 (let ((?x15939 (+ (ite (> boundary 7) 1.0 0.0) (ite (> boundary 19) (- 1.0) 0.0))))
 (let (($x10788 (= value_index 1)))
 (let (($x21878 (and (and $x10788 (and (distinct ?x15939 0.0) true)) (> (ite (> phase_138 phase_21) phase_138 phase_21) boundary))))
 (let ((?x16959 (+ (ite (> boundary (- 1)) 1.0 0.0) (ite (> boundary 5) (- 1.0) 0.0))))
 (let (($x10261 (= value_index 0)))
 (let (($x21331 (and (and $x10261 (and (distinct ?x16959 0.0) true)) (> (ite (> phase_12 (- 1)) phase_12 (- 1)) boundary))))
 (let (($x6539 (or $x21331 $x21878 (and (and $x1150 (and (distinct ?x4986 0.0) true)) (> ?x4330 boundary)) $x15470 $x44950)))
 (let (($x34288 (= boundary 35)))
 (let (($x40362 (= boundary (- 1))))
 (let (($x2824 (or $x40362 (= boundary 5) (= boundary 7) (= boundary 19) (= boundary 21) (= boundary 23) (= boundary 27) (= boundary 31) $x34288)))
 (and $x2824 $x6539)))))))))))))))))))))))))))))))))))))))))
(check-sat)
