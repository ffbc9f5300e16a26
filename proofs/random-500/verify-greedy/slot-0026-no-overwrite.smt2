(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_16 () Int)
(declare-fun phase_53 () Int)
(declare-fun phase_81 () Int)
(declare-fun phase_94 () Int)
(declare-fun phase_96 () Int)
(declare-fun phase_331 () Int)
(declare-fun phase_424 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_16 0))
(assert
 (= phase_53 1))
(assert
 (= phase_81 3))
(assert
 (= phase_94 3))
(assert
 (= phase_96 3))
(assert
 (= phase_331 23))
(assert
 (= phase_424 30))
(assert
 (let (($x45255 (= value_index 1)))
 (let (($x29842 (and (and $x45255 (and (distinct (ite (> boundary 33) 1.0 0.0) 0.0) true)) true)))
 (let (($x914 (> phase_53 phase_16)))
 (let ((?x1243 (ite $x914 phase_53 phase_16)))
 (let (($x823 (> phase_81 ?x1243)))
 (let ((?x762 (ite $x823 phase_81 ?x1243)))
 (let (($x1207 (> phase_94 ?x762)))
 (let ((?x3838 (ite $x1207 phase_94 ?x762)))
 (let (($x818 (> phase_96 ?x3838)))
 (let ((?x819 (ite $x818 phase_96 ?x3838)))
 (let (($x822 (> phase_331 ?x819)))
 (let ((?x824 (ite $x822 phase_331 ?x819)))
 (let (($x814 (> phase_424 ?x824)))
 (let ((?x816 (ite $x814 phase_424 ?x824)))
 (let ((?x103795 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 31) (- 1.0) 0.0))))
 (let (($x2642 (= value_index 0)))
 (let (($x114438 (= boundary 33)))
 (let (($x36573 (= boundary 31)))
 (let (($x104146 (= boundary 1)))
 (let (($x125059 (or $x104146 $x36573 $x114438)))
 (and $x125059 (or (and (and $x2642 (and (distinct ?x103795 0.0) true)) (> ?x816 boundary)) $x29842)))))))))))))))))))))))
(check-sat)
