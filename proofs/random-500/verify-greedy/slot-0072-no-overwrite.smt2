(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_41 () Int)
(declare-fun phase_93 () Int)
(declare-fun phase_95 () Int)
(declare-fun phase_157 () Int)
(declare-fun phase_187 () Int)
(declare-fun phase_188 () Int)
(declare-fun phase_259 () Int)
(declare-fun phase_355 () Int)
(declare-fun phase_447 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_41 2))
(assert
 (= phase_93 6))
(assert
 (= phase_95 3))
(assert
 (= phase_157 12))
(assert
 (= phase_187 10))
(assert
 (= phase_188 10))
(assert
 (= phase_259 16))
(assert
 (= phase_355 28))
(assert
 (= phase_447 27))
(assert
 (let (($x45255 (= value_index 1)))
 (let (($x49149 (and (and $x45255 (and (distinct (ite (> boundary 31) 1.0 0.0) 0.0) true)) true)))
 (let (($x18701 (> phase_93 phase_41)))
 (let ((?x18683 (ite $x18701 phase_93 phase_41)))
 (let (($x18685 (> phase_95 ?x18683)))
 (let ((?x18687 (ite $x18685 phase_95 ?x18683)))
 (let (($x18690 (> phase_157 ?x18687)))
 (let ((?x18672 (ite $x18690 phase_157 ?x18687)))
 (let (($x18676 (> phase_187 ?x18672)))
 (let ((?x18677 (ite $x18676 phase_187 ?x18672)))
 (let (($x18682 (> phase_188 ?x18677)))
 (let ((?x18660 (ite $x18682 phase_188 ?x18677)))
 (let (($x18667 (> phase_259 ?x18660)))
 (let ((?x18668 (ite $x18667 phase_259 ?x18660)))
 (let (($x18670 (> phase_355 ?x18668)))
 (let ((?x18649 (ite $x18670 phase_355 ?x18668)))
 (let (($x18655 (> phase_447 ?x18649)))
 (let ((?x18656 (ite $x18655 phase_447 ?x18649)))
 (let ((?x105413 (+ (ite (> boundary 3) 1.0 0.0) (ite (> boundary 29) (- 1.0) 0.0))))
 (let (($x2642 (= value_index 0)))
 (let (($x36573 (= boundary 31)))
 (let (($x28986 (= boundary 29)))
 (let (($x90920 (= boundary 3)))
 (let (($x111416 (or $x90920 $x28986 $x36573)))
 (and $x111416 (or (and (and $x2642 (and (distinct ?x105413 0.0) true)) (> ?x18656 boundary)) $x49149)))))))))))))))))))))))))))
(check-sat)
