(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_17 () Int)
(declare-fun phase_154 () Int)
(declare-fun phase_162 () Int)
(declare-fun phase_163 () Int)
(declare-fun phase_166 () Int)
(declare-fun phase_175 () Int)
(declare-fun phase_184 () Int)
(declare-fun phase_191 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_17 18))
(assert
 (= phase_154 22))
(assert
 (= phase_162 30))
(assert
 (= phase_163 35))
(assert
 (= phase_166 22))
(assert
 (= phase_175 22))
(assert
 (= phase_184 26))
(assert
 (= phase_191 29))
(assert
 (let (($x37662 (> boundary 35)))
 (let ((?x6242 (ite $x37662 (- 1.0) 0.0)))
 (let (($x19642 (> boundary 31)))
 (let ((?x11315 (ite $x19642 1.0 0.0)))
 (let (($x4730 (= value_index 1)))
 (let (($x29399 (and (and $x4730 (and (distinct (+ ?x11315 ?x6242) 0.0) true)) (> (ite (> phase_163 phase_162) phase_163 phase_162) boundary))))
 (let (($x3498 (> phase_154 phase_17)))
 (let ((?x5500 (ite $x3498 phase_154 phase_17)))
 (let (($x2045 (> phase_166 ?x5500)))
 (let ((?x21393 (ite $x2045 phase_166 ?x5500)))
 (let (($x10629 (> phase_175 ?x21393)))
 (let ((?x21893 (ite $x10629 phase_175 ?x21393)))
 (let (($x9154 (> phase_184 ?x21893)))
 (let ((?x6402 (ite $x9154 phase_184 ?x21893)))
 (let (($x19380 (> phase_191 ?x6402)))
 (let ((?x9781 (ite $x19380 phase_191 ?x6402)))
 (let ((?x30924 (+ (ite (> boundary 19) 1.0 0.0) (ite (> boundary 29) (- 1.0) 0.0))))
 (let (($x12323 (= value_index 0)))
 (let (($x2911 (= boundary 35)))
 (let (($x6135 (= boundary 29)))
 (let (($x4824 (= boundary 19)))
 (let (($x21164 (or $x4824 $x6135 (= boundary 31) $x2911)))
 (and $x21164 (or (and (and $x12323 (and (distinct ?x30924 0.0) true)) (> ?x9781 boundary)) $x29399)))))))))))))))))))))))))
(check-sat)
