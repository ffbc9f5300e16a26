(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_39 () Int)
(declare-fun phase_40 () Int)
(declare-fun phase_72 () Int)
(declare-fun phase_79 () Int)
(declare-fun phase_81 () Int)
(declare-fun phase_82 () Int)
(declare-fun phase_84 () Int)
(declare-fun phase_140 () Int)
(declare-fun phase_144 () Int)
(declare-fun phase_154 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_39 8))
(assert
 (= phase_40 8))
(assert
 (= phase_72 11))
(assert
 (= phase_79 19))
(assert
 (= phase_81 22))
(assert
 (= phase_82 22))
(assert
 (= phase_84 23))
(assert
 (= phase_140 26))
(assert
 (= phase_144 31))
(assert
 (= phase_154 14))
(assert
 (let (($x36795 (> boundary 31)))
 (let ((?x37265 (ite $x36795 (- 1.0) 0.0)))
 (let (($x16088 (> boundary 27)))
 (let ((?x29972 (ite $x16088 1.0 0.0)))
 (let (($x476 (= value_index 3)))
 (let (($x3365 (and (and $x476 (and (distinct (+ ?x29972 ?x37265) 0.0) true)) (> (ite (> phase_144 phase_140) phase_144 phase_140) boundary))))
 (let (($x8068 (> phase_81 phase_79)))
 (let ((?x6870 (ite $x8068 phase_81 phase_79)))
 (let (($x28874 (> phase_82 ?x6870)))
 (let ((?x788 (ite $x28874 phase_82 ?x6870)))
 (let (($x5910 (> phase_84 ?x788)))
 (let ((?x4507 (ite $x5910 phase_84 ?x788)))
 (let ((?x679 (+ (ite (> boundary 19) 1.0 0.0) (ite (> boundary 23) (- 1.0) 0.0))))
 (let (($x1150 (= value_index 2)))
 (let ((?x21340 (+ (ite (> boundary 11) 1.0 0.0) (ite (> boundary 15) (- 1.0) 0.0))))
 (let (($x10788 (= value_index 1)))
 (let (($x37008 (and (and $x10788 (and (distinct ?x21340 0.0) true)) (> (ite (> phase_154 phase_72) phase_154 phase_72) boundary))))
 (let (($x11511 (> phase_39 (- 1))))
 (let ((?x17494 (ite $x11511 phase_39 (- 1))))
 (let (($x17516 (> phase_40 ?x17494)))
 (let ((?x11796 (ite $x17516 phase_40 ?x17494)))
 (let ((?x15013 (+ (ite (> boundary (- 1)) 1.0 0.0) (ite (> boundary 9) (- 1.0) 0.0))))
 (let (($x10261 (= value_index 0)))
 (let (($x34912 (or (and (and $x10261 (and (distinct ?x15013 0.0) true)) (> ?x11796 boundary)) $x37008 (and (and $x1150 (and (distinct ?x679 0.0) true)) (> ?x4507 boundary)) $x3365)))
 (let (($x40362 (= boundary (- 1))))
 (let (($x35951 (or $x40362 (= boundary 9) (= boundary 11) (= boundary 15) (= boundary 19) (= boundary 23) (= boundary 27) (= boundary 31))))
 (and $x35951 $x34912))))))))))))))))))))))))))))
(check-sat)
