(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_0 () Int)
(declare-fun phase_2 () Int)
(declare-fun phase_3 () Int)
(declare-fun phase_4 () Int)
(declare-fun phase_5 () Int)
(declare-fun phase_6 () Int)
(declare-fun phase_7 () Int)
(declare-fun phase_8 () Int)
(declare-fun phase_9 () Int)
(declare-fun phase_10 () Int)
(declare-fun phase_11 () Int)
(declare-fun phase_12 () Int)
(declare-fun phase_13 () Int)
(declare-fun phase_14 () Int)
(declare-fun phase_15 () Int)
(declare-fun phase_16 () Int)
(declare-fun phase_17 () Int)
(declare-fun phase_18 () Int)
(declare-fun phase_20 () Int)
(declare-fun phase_21 () Int)
(declare-fun phase_22 () Int)
(declare-fun phase_23 () Int)
(declare-fun phase_24 () Int)
(declare-fun phase_25 () Int)
(declare-fun phase_26 () Int)
(declare-fun phase_27 () Int)
(declare-fun phase_28 () Int)
(declare-fun phase_29 () Int)
(declare-fun phase_30 () Int)
(declare-fun phase_31 () Int)
(declare-fun phase_32 () Int)
(declare-fun phase_33 () Int)
(declare-fun phase_34 () Int)
(declare-fun phase_35 () Int)
(declare-fun phase_36 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_0 0))
(assert
 (= phase_2 2))
(assert
 (= phase_3 2))
(assert
 (= phase_4 2))
(assert
 (= phase_5 2))
(assert
 (= phase_6 2))
(assert
 (= phase_7 2))
(assert
 (= phase_8 2))
(assert
 (= phase_9 2))
(assert
 (= phase_10 2))
(assert
 (= phase_11 2))
(assert
 (= phase_12 2))
(assert
 (= phase_13 2))
(assert
 (= phase_14 2))
(assert
 (= phase_15 2))
(assert
 (= phase_16 2))
(assert
 (= phase_17 2))
(assert
 (= phase_18 2))
(assert
 (= phase_20 2))
(assert
 (= phase_21 2))
(assert
 (= phase_22 2))
(assert
 (= phase_23 2))
(assert
 (= phase_24 2))
(assert
 (= phase_25 2))
(assert
 (= phase_26 2))
(assert
 (= phase_27 2))
(assert
 (= phase_28 2))
(assert
 (= phase_29 2))
(assert
 (= phase_30 2))
(assert
 (= phase_31 2))
(assert
 (= phase_32 2))
(assert
 (= phase_33 2))
(assert
 (= phase_34 2))
(assert
 (= phase_35 2))
(assert
 (= phase_36 2))
(assert
 (let (($x6048 (= value_index 1)))
 (let (($x17287 (and (and $x6048 (and (distinct (ite (> boundary 7) 1.0 0.0) 0.0) true)) true)))
 (let (($x21250 (> phase_2 phase_0)))
 (let ((?x23224 (ite $x21250 phase_2 phase_0)))
 (let (($x21989 (> phase_3 ?x23224)))
 (let ((?x6899 (ite $x21989 phase_3 ?x23224)))
 (let (($x21644 (> phase_4 ?x6899)))
 (let ((?x21660 (ite $x21644 phase_4 ?x6899)))
 (let (($x21669 (> phase_5 ?x21660)))
 (let ((?x21366 (ite $x21669 phase_5 ?x21660)))
 (let (($x22045 (> phase_6 ?x21366)))
 (let ((?x22051 (ite $x22045 phase_6 ?x21366)))
 (let (($x11700 (> phase_7 ?x22051)))
 (let ((?x13728 (ite $x11700 phase_7 ?x22051)))
 (let (($x7475 (> phase_8 ?x13728)))
 (let ((?x21977 (ite $x7475 phase_8 ?x13728)))
 (let (($x22116 (> phase_9 ?x21977)))
 (let ((?x22178 (ite $x22116 phase_9 ?x21977)))
 (let (($x16870 (> phase_10 ?x22178)))
 (let ((?x23715 (ite $x16870 phase_10 ?x22178)))
 (let (($x22233 (> phase_11 ?x23715)))
 (let ((?x22289 (ite $x22233 phase_11 ?x23715)))
 (let (($x22276 (> phase_12 ?x22289)))
 (let ((?x5831 (ite $x22276 phase_12 ?x22289)))
 (let (($x5829 (> phase_13 ?x5831)))
 (let ((?x11062 (ite $x5829 phase_13 ?x5831)))
 (let (($x11098 (> phase_14 ?x11062)))
 (let ((?x22322 (ite $x11098 phase_14 ?x11062)))
 (let (($x22357 (> phase_15 ?x22322)))
 (let ((?x16359 (ite $x22357 phase_15 ?x22322)))
 (let (($x24142 (> phase_16 ?x16359)))
 (let ((?x16413 (ite $x24142 phase_16 ?x16359)))
 (let (($x22469 (> phase_17 ?x16413)))
 (let ((?x22741 (ite $x22469 phase_17 ?x16413)))
 (let (($x14030 (> phase_18 ?x22741)))
 (let ((?x13123 (ite $x14030 phase_18 ?x22741)))
 (let (($x9009 (> phase_20 ?x13123)))
 (let ((?x25408 (ite $x9009 phase_20 ?x13123)))
 (let (($x6699 (> phase_21 ?x25408)))
 (let ((?x8642 (ite $x6699 phase_21 ?x25408)))
 (let (($x13940 (> phase_22 ?x8642)))
 (let ((?x17324 (ite $x13940 phase_22 ?x8642)))
 (let (($x4250 (> phase_23 ?x17324)))
 (let ((?x3186 (ite $x4250 phase_23 ?x17324)))
 (let (($x25575 (> phase_24 ?x3186)))
 (let ((?x23365 (ite $x25575 phase_24 ?x3186)))
 (let (($x14360 (> phase_25 ?x23365)))
 (let ((?x306 (ite $x14360 phase_25 ?x23365)))
 (let (($x19923 (> phase_26 ?x306)))
 (let ((?x401 (ite $x19923 phase_26 ?x306)))
 (let (($x19931 (> phase_27 ?x401)))
 (let ((?x4799 (ite $x19931 phase_27 ?x401)))
 (let (($x6660 (> phase_28 ?x4799)))
 (let ((?x30437 (ite $x6660 phase_28 ?x4799)))
 (let (($x25223 (> phase_29 ?x30437)))
 (let ((?x25308 (ite $x25223 phase_29 ?x30437)))
 (let (($x11667 (> phase_30 ?x25308)))
 (let ((?x11728 (ite $x11667 phase_30 ?x25308)))
 (let (($x21856 (> phase_31 ?x11728)))
 (let ((?x18473 (ite $x21856 phase_31 ?x11728)))
 (let (($x18204 (> phase_32 ?x18473)))
 (let ((?x5581 (ite $x18204 phase_32 ?x18473)))
 (let (($x3055 (> phase_33 ?x5581)))
 (let ((?x17204 (ite $x3055 phase_33 ?x5581)))
 (let (($x4135 (> phase_34 ?x17204)))
 (let ((?x16708 (ite $x4135 phase_34 ?x17204)))
 (let (($x16710 (> phase_35 ?x16708)))
 (let ((?x19967 (ite $x16710 phase_35 ?x16708)))
 (let (($x20161 (> phase_36 ?x19967)))
 (let ((?x13723 (ite $x20161 phase_36 ?x19967)))
 (let ((?x6788 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 3) (- 1.0) 0.0))))
 (let (($x1775 (= value_index 0)))
 (let (($x18078 (or (= boundary 1) (= boundary 3) (= boundary 7))))
 (and $x18078 (or (and (and $x1775 (and (distinct ?x6788 0.0) true)) (> ?x13723 boundary)) $x17287))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
