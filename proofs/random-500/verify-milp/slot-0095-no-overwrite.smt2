(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_6 () Int)
(declare-fun phase_63 () Int)
(declare-fun phase_90 () Int)
(declare-fun phase_404 () Int)
(declare-fun phase_414 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_6 6))
(assert
 (= phase_63 7))
(assert
 (= phase_90 7))
(assert
 (= phase_404 37))
(assert
 (= phase_414 34))
(assert
 (let (($x69744 (= value_index 1)))
 (let (($x47944 (and (and $x69744 (and (distinct (ite (> boundary 39) 1.0 0.0) 0.0) true)) true)))
 (let (($x18861 (> phase_63 phase_6)))
 (let ((?x18862 (ite $x18861 phase_63 phase_6)))
 (let (($x18867 (> phase_90 ?x18862)))
 (let ((?x18847 (ite $x18867 phase_90 ?x18862)))
 (let (($x18852 (> phase_404 ?x18847)))
 (let ((?x18853 (ite $x18852 phase_404 ?x18847)))
 (let (($x18857 (> phase_414 ?x18853)))
 (let ((?x18839 (ite $x18857 phase_414 ?x18853)))
 (let ((?x134231 (+ (ite (> boundary 7) 1.0 0.0) (ite (> boundary 37) (- 1.0) 0.0))))
 (let (($x1672 (= value_index 0)))
 (let (($x64322 (= boundary 39)))
 (let (($x98607 (= boundary 37)))
 (let (($x27591 (= boundary 7)))
 (let (($x111223 (or $x27591 $x98607 $x64322)))
 (and $x111223 (or (and (and $x1672 (and (distinct ?x134231 0.0) true)) (> ?x18839 boundary)) $x47944)))))))))))))))))))
(check-sat)
