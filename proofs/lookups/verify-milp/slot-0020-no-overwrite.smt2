(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_16 () Int)
(declare-fun phase_38 () Int)
(declare-fun phase_39 () Int)
(declare-fun phase_40 () Int)
(declare-fun phase_53 () Int)
(declare-fun phase_54 () Int)
(declare-fun phase_55 () Int)
(declare-fun phase_68 () Int)
(declare-fun phase_69 () Int)
(declare-fun phase_70 () Int)
(declare-fun phase_108 () Int)
(declare-fun phase_112 () Int)
(declare-fun phase_127 () Int)
(declare-fun phase_128 () Int)
(declare-fun phase_129 () Int)
(declare-fun phase_132 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_16 0))
(assert
 (= phase_38 2))
(assert
 (= phase_39 2))
(assert
 (= phase_40 2))
(assert
 (= phase_53 6))
(assert
 (= phase_54 6))
(assert
 (= phase_55 6))
(assert
 (= phase_68 6))
(assert
 (= phase_69 6))
(assert
 (= phase_70 6))
(assert
 (= phase_108 2))
(assert
 (= phase_112 4))
(assert
 (= phase_127 8))
(assert
 (= phase_128 10))
(assert
 (= phase_129 4))
(assert
 (= phase_132 4))
(assert
 (let (($x30977 (> boundary 11)))
 (let ((?x32049 (ite $x30977 (- 1.0) 0.0)))
 (let (($x29319 (> boundary 9)))
 (let ((?x30742 (ite $x29319 1.0 0.0)))
 (let (($x8320 (= value_index 1)))
 (let (($x30796 (and (and $x8320 (and (distinct (+ ?x30742 ?x32049) 0.0) true)) (> (ite (> phase_128 phase_127) phase_128 phase_127) boundary))))
 (let (($x16315 (> phase_38 phase_16)))
 (let ((?x19028 (ite $x16315 phase_38 phase_16)))
 (let (($x19023 (> phase_39 ?x19028)))
 (let ((?x1642 (ite $x19023 phase_39 ?x19028)))
 (let (($x18981 (> phase_40 ?x1642)))
 (let ((?x18982 (ite $x18981 phase_40 ?x1642)))
 (let (($x18983 (> phase_53 ?x18982)))
 (let ((?x18978 (ite $x18983 phase_53 ?x18982)))
 (let (($x18974 (> phase_54 ?x18978)))
 (let ((?x16490 (ite $x18974 phase_54 ?x18978)))
 (let (($x18973 (> phase_55 ?x16490)))
 (let ((?x18972 (ite $x18973 phase_55 ?x16490)))
 (let (($x18975 (> phase_68 ?x18972)))
 (let ((?x2104 (ite $x18975 phase_68 ?x18972)))
 (let (($x14770 (> phase_69 ?x2104)))
 (let ((?x3997 (ite $x14770 phase_69 ?x2104)))
 (let (($x13110 (> phase_70 ?x3997)))
 (let ((?x18626 (ite $x13110 phase_70 ?x3997)))
 (let (($x18623 (> phase_108 ?x18626)))
 (let ((?x18631 (ite $x18623 phase_108 ?x18626)))
 (let (($x18636 (> phase_112 ?x18631)))
 (let ((?x18624 (ite $x18636 phase_112 ?x18631)))
 (let (($x4913 (> phase_129 ?x18624)))
 (let ((?x4916 (ite $x4913 phase_129 ?x18624)))
 (let (($x18613 (> phase_132 ?x4916)))
 (let ((?x18616 (ite $x18613 phase_132 ?x4916)))
 (let ((?x20967 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 7) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x16897 (= boundary 11)))
 (let (($x8914 (= boundary 9)))
 (let (($x24303 (or (= boundary 1) (= boundary 7) $x8914 $x16897)))
 (and $x24303 (or (and (and $x37737 (and (distinct ?x20967 0.0) true)) (> ?x18616 boundary)) $x30796))))))))))))))))))))))))))))))))))))))))
(check-sat)
