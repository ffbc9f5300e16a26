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
 (let (($x27693 (= value_index 1)))
 (let (($x30193 (and (and $x27693 (and (distinct (ite (> boundary 7) 1.0 0.0) 0.0) true)) true)))
 (let (($x13506 (> phase_2 phase_0)))
 (let ((?x13430 (ite $x13506 phase_2 phase_0)))
 (let (($x25137 (> phase_3 ?x13430)))
 (let ((?x25145 (ite $x25137 phase_3 ?x13430)))
 (let (($x13394 (> phase_4 ?x25145)))
 (let ((?x13395 (ite $x13394 phase_4 ?x25145)))
 (let (($x3883 (> phase_5 ?x13395)))
 (let ((?x13360 (ite $x3883 phase_5 ?x13395)))
 (let (($x25278 (> phase_6 ?x13360)))
 (let ((?x13327 (ite $x25278 phase_6 ?x13360)))
 (let (($x17418 (> phase_7 ?x13327)))
 (let ((?x17423 (ite $x17418 phase_7 ?x13327)))
 (let (($x17416 (> phase_8 ?x17423)))
 (let ((?x21604 (ite $x17416 phase_8 ?x17423)))
 (let (($x13179 (> phase_9 ?x21604)))
 (let ((?x17441 (ite $x13179 phase_9 ?x21604)))
 (let (($x13233 (> phase_10 ?x17441)))
 (let ((?x13234 (ite $x13233 phase_10 ?x17441)))
 (let (($x13180 (> phase_11 ?x13234)))
 (let ((?x13124 (ite $x13180 phase_11 ?x13234)))
 (let (($x13205 (> phase_12 ?x13124)))
 (let ((?x9337 (ite $x13205 phase_12 ?x13124)))
 (let (($x9332 (> phase_13 ?x9337)))
 (let ((?x13153 (ite $x9332 phase_13 ?x9337)))
 (let (($x20904 (> phase_14 ?x13153)))
 (let ((?x13237 (ite $x20904 phase_14 ?x13153)))
 (let (($x20894 (> phase_15 ?x13237)))
 (let ((?x13123 (ite $x20894 phase_15 ?x13237)))
 (let (($x4415 (> phase_16 ?x13123)))
 (let ((?x23814 (ite $x4415 phase_16 ?x13123)))
 (let (($x8578 (> phase_17 ?x23814)))
 (let ((?x13012 (ite $x8578 phase_17 ?x23814)))
 (let (($x3083 (> phase_18 ?x13012)))
 (let ((?x23757 (ite $x3083 phase_18 ?x13012)))
 (let (($x10862 (> phase_20 ?x23757)))
 (let ((?x10701 (ite $x10862 phase_20 ?x23757)))
 (let (($x8531 (> phase_21 ?x10701)))
 (let ((?x19871 (ite $x8531 phase_21 ?x10701)))
 (let (($x12954 (> phase_22 ?x19871)))
 (let ((?x12992 (ite $x12954 phase_22 ?x19871)))
 (let (($x8703 (> phase_23 ?x12992)))
 (let ((?x8726 (ite $x8703 phase_23 ?x12992)))
 (let (($x23636 (> phase_24 ?x8726)))
 (let ((?x23644 (ite $x23636 phase_24 ?x8726)))
 (let (($x8818 (> phase_25 ?x23644)))
 (let ((?x19974 (ite $x8818 phase_25 ?x23644)))
 (let (($x4418 (> phase_26 ?x19974)))
 (let ((?x8833 (ite $x4418 phase_26 ?x19974)))
 (let (($x8853 (> phase_27 ?x8833)))
 (let ((?x9302 (ite $x8853 phase_27 ?x8833)))
 (let (($x17697 (> phase_28 ?x9302)))
 (let ((?x3381 (ite $x17697 phase_28 ?x9302)))
 (let (($x23996 (> phase_29 ?x3381)))
 (let ((?x23993 (ite $x23996 phase_29 ?x3381)))
 (let (($x8845 (> phase_30 ?x23993)))
 (let ((?x9084 (ite $x8845 phase_30 ?x23993)))
 (let (($x9021 (> phase_31 ?x9084)))
 (let ((?x9114 (ite $x9021 phase_31 ?x9084)))
 (let (($x19975 (> phase_32 ?x9114)))
 (let ((?x3319 (ite $x19975 phase_32 ?x9114)))
 (let (($x5396 (> phase_33 ?x3319)))
 (let ((?x24749 (ite $x5396 phase_33 ?x3319)))
 (let (($x9194 (> phase_34 ?x24749)))
 (let ((?x9219 (ite $x9194 phase_34 ?x24749)))
 (let (($x17719 (> phase_35 ?x9219)))
 (let ((?x21630 (ite $x17719 phase_35 ?x9219)))
 (let (($x9247 (> phase_36 ?x21630)))
 (let ((?x9299 (ite $x9247 phase_36 ?x21630)))
 (let ((?x5863 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 3) (- 1.0) 0.0))))
 (let (($x14749 (= value_index 0)))
 (let (($x31085 (or (= boundary 1) (= boundary 3) (= boundary 7))))
 (and $x31085 (or (and (and $x14749 (and (distinct ?x5863 0.0) true)) (> ?x9299 boundary)) $x30193))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
