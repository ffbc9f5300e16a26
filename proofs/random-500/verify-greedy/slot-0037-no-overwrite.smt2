(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_43 () Int)
(declare-fun phase_44 () Int)
(declare-fun phase_51 () Int)
(declare-fun phase_108 () Int)
(declare-fun phase_116 () Int)
(declare-fun phase_138 () Int)
(declare-fun phase_410 () Int)
(declare-fun phase_465 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_43 0))
(assert
 (= phase_44 2))
(assert
 (= phase_51 4))
(assert
 (= phase_108 7))
(assert
 (= phase_116 5))
(assert
 (= phase_138 10))
(assert
 (= phase_410 31))
(assert
 (= phase_465 30))
(assert
 (let (($x69403 (= value_index 2)))
 (let (($x75296 (and (and $x69403 (and (distinct (ite (> boundary 33) 1.0 0.0) 0.0) true)) true)))
 (let (($x1723 (> phase_108 phase_51)))
 (let ((?x1721 (ite $x1723 phase_108 phase_51)))
 (let (($x1718 (> phase_116 ?x1721)))
 (let ((?x1716 (ite $x1718 phase_116 ?x1721)))
 (let (($x1709 (> phase_138 ?x1716)))
 (let ((?x1708 (ite $x1709 phase_138 ?x1716)))
 (let (($x1700 (> phase_410 ?x1708)))
 (let ((?x1695 (ite $x1700 phase_410 ?x1708)))
 (let (($x1693 (> phase_465 ?x1695)))
 (let ((?x2064 (ite $x1693 phase_465 ?x1695)))
 (let ((?x78248 (+ (ite (> boundary 5) 1.0 0.0) (ite (> boundary 31) (- 1.0) 0.0))))
 (let (($x45255 (= value_index 1)))
 (let ((?x115578 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 3) (- 1.0) 0.0))))
 (let (($x2642 (= value_index 0)))
 (let (($x113955 (and (and $x2642 (and (distinct ?x115578 0.0) true)) (> (ite (> phase_44 phase_43) phase_44 phase_43) boundary))))
 (let (($x130521 (or $x113955 (and (and $x45255 (and (distinct ?x78248 0.0) true)) (> ?x2064 boundary)) $x75296)))
 (let (($x114438 (= boundary 33)))
 (let (($x36573 (= boundary 31)))
 (let (($x104146 (= boundary 1)))
 (let (($x24111 (or $x104146 (= boundary 3) (= boundary 5) $x36573 $x114438)))
 (and $x24111 $x130521))))))))))))))))))))))))
(check-sat)
