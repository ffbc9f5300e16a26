(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_11 () Int)
(declare-fun phase_53 () Int)
(declare-fun phase_54 () Int)
(declare-fun phase_62 () Int)
(declare-fun phase_85 () Int)
(declare-fun phase_91 () Int)
(declare-fun phase_100 () Int)
(declare-fun phase_165 () Int)
(declare-fun phase_171 () Int)
(declare-fun phase_180 () Int)
(declare-fun phase_449 () Int)
(declare-fun phase_482 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_11 0))
(assert
 (= phase_53 5))
(assert
 (= phase_54 3))
(assert
 (= phase_62 5))
(assert
 (= phase_85 6))
(assert
 (= phase_91 7))
(assert
 (= phase_100 8))
(assert
 (= phase_165 9))
(assert
 (= phase_171 10))
(assert
 (= phase_180 13))
(assert
 (= phase_449 37))
(assert
 (= phase_482 36))
(assert
 (let (($x67301 (= value_index 2)))
 (let (($x130185 (and (and $x67301 (and (distinct (ite (> boundary 39) 1.0 0.0) 0.0) true)) true)))
 (let (($x2660 (> phase_165 phase_100)))
 (let ((?x2662 (ite $x2660 phase_165 phase_100)))
 (let (($x2661 (> phase_171 ?x2662)))
 (let ((?x2663 (ite $x2661 phase_171 ?x2662)))
 (let (($x18771 (> phase_180 ?x2663)))
 (let ((?x400 (ite $x18771 phase_180 ?x2663)))
 (let (($x4926 (> phase_449 ?x400)))
 (let ((?x5143 (ite $x4926 phase_449 ?x400)))
 (let (($x4820 (> phase_482 ?x5143)))
 (let ((?x4821 (ite $x4820 phase_482 ?x5143)))
 (let ((?x132666 (+ (ite (> boundary 9) 1.0 0.0) (ite (> boundary 37) (- 1.0) 0.0))))
 (let (($x69744 (= value_index 1)))
 (let (($x18533 (> phase_53 phase_11)))
 (let ((?x18534 (ite $x18533 phase_53 phase_11)))
 (let (($x18539 (> phase_54 ?x18534)))
 (let ((?x18518 (ite $x18539 phase_54 ?x18534)))
 (let (($x18520 (> phase_62 ?x18518)))
 (let ((?x18526 (ite $x18520 phase_62 ?x18518)))
 (let (($x18529 (> phase_85 ?x18526)))
 (let ((?x18508 (ite $x18529 phase_85 ?x18526)))
 (let (($x18512 (> phase_91 ?x18508)))
 (let ((?x18514 (ite $x18512 phase_91 ?x18508)))
 (let ((?x105341 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 7) (- 1.0) 0.0))))
 (let (($x1672 (= value_index 0)))
 (let (($x43732 (or (and (and $x1672 (and (distinct ?x105341 0.0) true)) (> ?x18514 boundary)) (and (and $x69744 (and (distinct ?x132666 0.0) true)) (> ?x4821 boundary)) $x130185)))
 (let (($x64322 (= boundary 39)))
 (let (($x98607 (= boundary 37)))
 (let (($x33815 (or (= boundary 1) (= boundary 7) (= boundary 9) $x98607 $x64322)))
 (and $x33815 $x43732))))))))))))))))))))))))))))))))
(check-sat)
