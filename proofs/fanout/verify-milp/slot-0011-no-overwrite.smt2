(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_0 () Int)
(declare-fun phase_1 () Int)
(declare-fun phase_2 () Int)
(declare-fun phase_3 () Int)
(declare-fun phase_4 () Int)
(declare-fun phase_5 () Int)
(declare-fun phase_6 () Int)
(declare-fun phase_7 () Int)
(declare-fun phase_8 () Int)
(declare-fun phase_9 () Int)
(declare-fun phase_11 () Int)
(declare-fun phase_12 () Int)
(declare-fun phase_13 () Int)
(declare-fun phase_14 () Int)
(declare-fun phase_15 () Int)
(declare-fun phase_16 () Int)
(declare-fun phase_17 () Int)
(declare-fun phase_18 () Int)
(declare-fun phase_19 () Int)
(declare-fun phase_20 () Int)
(declare-fun phase_21 () Int)
(declare-fun phase_22 () Int)
(declare-fun phase_23 () Int)
(declare-fun phase_24 () Int)
(declare-fun phase_25 () Int)
(declare-fun phase_26 () Int)
(declare-fun phase_27 () Int)
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
 (= phase_1 2))
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
 (= phase_19 2))
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
 (let (($x23721 (and (and $x6048 (and (distinct (ite (> boundary 7) 1.0 0.0) 0.0) true)) true)))
 (let (($x21088 (> phase_1 phase_0)))
 (let ((?x15882 (ite $x21088 phase_1 phase_0)))
 (let (($x20371 (> phase_2 ?x15882)))
 (let ((?x20401 (ite $x20371 phase_2 ?x15882)))
 (let (($x20385 (> phase_3 ?x20401)))
 (let ((?x20382 (ite $x20385 phase_3 ?x20401)))
 (let (($x14044 (> phase_4 ?x20382)))
 (let ((?x3062 (ite $x14044 phase_4 ?x20382)))
 (let (($x20428 (> phase_5 ?x3062)))
 (let ((?x17155 (ite $x20428 phase_5 ?x3062)))
 (let (($x20349 (> phase_6 ?x17155)))
 (let ((?x16432 (ite $x20349 phase_6 ?x17155)))
 (let (($x13668 (> phase_7 ?x16432)))
 (let ((?x20402 (ite $x13668 phase_7 ?x16432)))
 (let (($x13736 (> phase_8 ?x20402)))
 (let ((?x14640 (ite $x13736 phase_8 ?x20402)))
 (let (($x4201 (> phase_9 ?x14640)))
 (let ((?x20335 (ite $x4201 phase_9 ?x14640)))
 (let (($x20343 (> phase_11 ?x20335)))
 (let ((?x20444 (ite $x20343 phase_11 ?x20335)))
 (let (($x30087 (> phase_12 ?x20444)))
 (let ((?x5875 (ite $x30087 phase_12 ?x20444)))
 (let (($x20477 (> phase_13 ?x5875)))
 (let ((?x20493 (ite $x20477 phase_13 ?x5875)))
 (let (($x20514 (> phase_14 ?x20493)))
 (let ((?x22127 (ite $x20514 phase_14 ?x20493)))
 (let (($x20017 (> phase_15 ?x22127)))
 (let ((?x21689 (ite $x20017 phase_15 ?x22127)))
 (let (($x20178 (> phase_16 ?x21689)))
 (let ((?x20269 (ite $x20178 phase_16 ?x21689)))
 (let (($x22786 (> phase_17 ?x20269)))
 (let ((?x22796 (ite $x22786 phase_17 ?x20269)))
 (let (($x23383 (> phase_18 ?x22796)))
 (let ((?x20532 (ite $x23383 phase_18 ?x22796)))
 (let (($x20055 (> phase_19 ?x20532)))
 (let ((?x20166 (ite $x20055 phase_19 ?x20532)))
 (let (($x3992 (> phase_20 ?x20166)))
 (let ((?x30058 (ite $x3992 phase_20 ?x20166)))
 (let (($x5942 (> phase_21 ?x30058)))
 (let ((?x26289 (ite $x5942 phase_21 ?x30058)))
 (let (($x20542 (> phase_22 ?x26289)))
 (let ((?x6565 (ite $x20542 phase_22 ?x26289)))
 (let (($x20581 (> phase_23 ?x6565)))
 (let ((?x5754 (ite $x20581 phase_23 ?x6565)))
 (let (($x20569 (> phase_24 ?x5754)))
 (let ((?x20309 (ite $x20569 phase_24 ?x5754)))
 (let (($x21824 (> phase_25 ?x20309)))
 (let ((?x5506 (ite $x21824 phase_25 ?x20309)))
 (let (($x20441 (> phase_26 ?x5506)))
 (let ((?x4187 (ite $x20441 phase_26 ?x5506)))
 (let (($x23044 (> phase_27 ?x4187)))
 (let ((?x4416 (ite $x23044 phase_27 ?x4187)))
 (let (($x5782 (> phase_29 ?x4416)))
 (let ((?x7290 (ite $x5782 phase_29 ?x4416)))
 (let (($x20728 (> phase_30 ?x7290)))
 (let ((?x15466 (ite $x20728 phase_30 ?x7290)))
 (let (($x3050 (> phase_31 ?x15466)))
 (let ((?x20684 (ite $x3050 phase_31 ?x15466)))
 (let (($x12032 (> phase_32 ?x20684)))
 (let ((?x561 (ite $x12032 phase_32 ?x20684)))
 (let (($x4662 (> phase_33 ?x561)))
 (let ((?x7350 (ite $x4662 phase_33 ?x561)))
 (let (($x6033 (> phase_34 ?x7350)))
 (let ((?x20597 (ite $x6033 phase_34 ?x7350)))
 (let (($x6037 (> phase_35 ?x20597)))
 (let ((?x14320 (ite $x6037 phase_35 ?x20597)))
 (let (($x3336 (> phase_36 ?x14320)))
 (let ((?x20602 (ite $x3336 phase_36 ?x14320)))
 (let ((?x12603 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 3) (- 1.0) 0.0))))
 (let (($x1775 (= value_index 0)))
 (let (($x24052 (or (= boundary 1) (= boundary 3) (= boundary 7))))
 (and $x24052 (or (and (and $x1775 (and (distinct ?x12603 0.0) true)) (> ?x20602 boundary)) $x23721))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
