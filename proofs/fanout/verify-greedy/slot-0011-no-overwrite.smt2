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
 (let (($x27693 (= value_index 1)))
 (let (($x31095 (and (and $x27693 (and (distinct (ite (> boundary 7) 1.0 0.0) 0.0) true)) true)))
 (let (($x17684 (> phase_1 phase_0)))
 (let ((?x23133 (ite $x17684 phase_1 phase_0)))
 (let (($x11455 (> phase_2 ?x23133)))
 (let ((?x11500 (ite $x11455 phase_2 ?x23133)))
 (let (($x11284 (> phase_3 ?x11500)))
 (let ((?x535 (ite $x11284 phase_3 ?x11500)))
 (let (($x7128 (> phase_4 ?x535)))
 (let ((?x10161 (ite $x7128 phase_4 ?x535)))
 (let (($x4053 (> phase_5 ?x10161)))
 (let ((?x11905 (ite $x4053 phase_5 ?x10161)))
 (let (($x16735 (> phase_6 ?x11905)))
 (let ((?x26146 (ite $x16735 phase_6 ?x11905)))
 (let (($x12119 (> phase_7 ?x26146)))
 (let ((?x4271 (ite $x12119 phase_7 ?x26146)))
 (let (($x12435 (> phase_8 ?x4271)))
 (let ((?x25463 (ite $x12435 phase_8 ?x4271)))
 (let (($x23936 (> phase_9 ?x25463)))
 (let ((?x17434 (ite $x23936 phase_9 ?x25463)))
 (let (($x17650 (> phase_11 ?x17434)))
 (let ((?x10500 (ite $x17650 phase_11 ?x17434)))
 (let (($x12014 (> phase_12 ?x10500)))
 (let ((?x11105 (ite $x12014 phase_12 ?x10500)))
 (let (($x12210 (> phase_13 ?x11105)))
 (let ((?x8072 (ite $x12210 phase_13 ?x11105)))
 (let (($x12278 (> phase_14 ?x8072)))
 (let ((?x12378 (ite $x12278 phase_14 ?x8072)))
 (let (($x12139 (> phase_15 ?x12378)))
 (let ((?x12348 (ite $x12139 phase_15 ?x12378)))
 (let (($x7878 (> phase_16 ?x12348)))
 (let ((?x17469 (ite $x7878 phase_16 ?x12348)))
 (let (($x4467 (> phase_17 ?x17469)))
 (let ((?x4773 (ite $x4467 phase_17 ?x17469)))
 (let (($x13692 (> phase_18 ?x4773)))
 (let ((?x10986 (ite $x13692 phase_18 ?x4773)))
 (let (($x6755 (> phase_19 ?x10986)))
 (let ((?x21150 (ite $x6755 phase_19 ?x10986)))
 (let (($x21167 (> phase_20 ?x21150)))
 (let ((?x21356 (ite $x21167 phase_20 ?x21150)))
 (let (($x21220 (> phase_21 ?x21356)))
 (let ((?x21310 (ite $x21220 phase_21 ?x21356)))
 (let (($x21880 (> phase_22 ?x21310)))
 (let ((?x6884 (ite $x21880 phase_22 ?x21310)))
 (let (($x21331 (> phase_23 ?x6884)))
 (let ((?x3926 (ite $x21331 phase_23 ?x6884)))
 (let (($x12582 (> phase_24 ?x3926)))
 (let ((?x6964 (ite $x12582 phase_24 ?x3926)))
 (let (($x21218 (> phase_25 ?x6964)))
 (let ((?x8282 (ite $x21218 phase_25 ?x6964)))
 (let (($x10540 (> phase_26 ?x8282)))
 (let ((?x6861 (ite $x10540 phase_26 ?x8282)))
 (let (($x21538 (> phase_27 ?x6861)))
 (let ((?x10297 (ite $x21538 phase_27 ?x6861)))
 (let (($x6322 (> phase_29 ?x10297)))
 (let ((?x7016 (ite $x6322 phase_29 ?x10297)))
 (let (($x12777 (> phase_30 ?x7016)))
 (let ((?x9304 (ite $x12777 phase_30 ?x7016)))
 (let (($x11309 (> phase_31 ?x9304)))
 (let ((?x1068 (ite $x11309 phase_31 ?x9304)))
 (let (($x12661 (> phase_32 ?x1068)))
 (let ((?x9330 (ite $x12661 phase_32 ?x1068)))
 (let (($x11851 (> phase_33 ?x9330)))
 (let ((?x9335 (ite $x11851 phase_33 ?x9330)))
 (let (($x11921 (> phase_34 ?x9335)))
 (let ((?x11843 (ite $x11921 phase_34 ?x9335)))
 (let (($x21134 (> phase_35 ?x11843)))
 (let ((?x22611 (ite $x21134 phase_35 ?x11843)))
 (let (($x21833 (> phase_36 ?x22611)))
 (let ((?x20209 (ite $x21833 phase_36 ?x22611)))
 (let ((?x24789 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 3) (- 1.0) 0.0))))
 (let (($x14749 (= value_index 0)))
 (let (($x31178 (or (= boundary 1) (= boundary 3) (= boundary 7))))
 (and $x31178 (or (and (and $x14749 (and (distinct ?x24789 0.0) true)) (> ?x20209 boundary)) $x31095))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
