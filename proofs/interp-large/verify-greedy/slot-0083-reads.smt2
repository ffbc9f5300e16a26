(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_43 () Int)
(declare-fun phase_970 () Int)
(declare-fun phase_990 () Int)
(declare-fun phase_1006 () Int)
(declare-fun phase_1022 () Int)
(declare-fun phase_1038 () Int)
(declare-fun phase_1046 () Int)
(declare-fun phase_1054 () Int)
(declare-fun phase_1057 () Int)
(declare-fun phase_1070 () Int)
(declare-fun phase_1086 () Int)
(declare-fun phase_1090 () Int)
(declare-fun read_value () Real)
(declare-fun x_1440 () Real)
(declare-fun boundary () Int)
(declare-fun x_108 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_43 6))
(assert
 (= phase_970 26))
(assert
 (= phase_990 26))
(assert
 (= phase_1006 26))
(assert
 (= phase_1022 26))
(assert
 (= phase_1038 26))
(assert
 (= phase_1046 46))
(assert
 (= phase_1054 26))
(assert
 (= phase_1057 51))
(assert
 (= phase_1070 26))
(assert
 (= phase_1086 26))
(assert
 (= phase_1090 7))
(assert
 (let ((?x157632 (* (- 1.0) x_1440)))
 (let (($x251235 (>= boundary 51)))
 (let ((?x160310 (ite $x251235 ?x157632 0.0)))
 (let (($x130502 (>= boundary 47)))
 (let ((?x140637 (ite $x130502 (* 1.0 x_1440) 0.0)))
 (let ((?x39639 (* (- 1.0) x_108)))
 (let (($x127239 (>= boundary 27)))
 (let ((?x80597 (ite $x127239 ?x39639 0.0)))
 (let (($x191692 (>= boundary 7)))
 (let ((?x33571 (ite $x191692 (* 1.0 x_108) 0.0)))
 (let ((?x164789 (+ ?x33571 ?x80597 ?x140637 ?x160310)))
 (let (($x90496 (= read_value x_1440)))
 (let (($x191872 (= read_index 9)))
 (let (($x39128 (and (and $x191872 (not (= phase_1046 (- phase_1057 1)))) (= boundary (- phase_1057 2)))))
 (let (($x165752 (= read_value x_108)))
 (let (($x26712 (= read_index 8)))
 (let (($x141065 (and (and $x26712 (not (= phase_43 (- phase_1090 1)))) (= boundary (- phase_1090 2)))))
 (let (($x189332 (and (and (= read_index 7) (not false)) (= boundary (- phase_1086 1)))))
 (let (($x183580 (and (and (= read_index 6) (not false)) (= boundary (- phase_1070 1)))))
 (let (($x251586 (and (and (= read_index 5) (not false)) (= boundary (- phase_1054 1)))))
 (let (($x73258 (and (and (= read_index 4) (not false)) (= boundary (- phase_1038 1)))))
 (let (($x212003 (and (and (= read_index 3) (not false)) (= boundary (- phase_1022 1)))))
 (let (($x225096 (and (and (= read_index 2) (not false)) (= boundary (- phase_1006 1)))))
 (let (($x192881 (and (and (= read_index 1) (not false)) (= boundary (- phase_990 1)))))
 (let (($x160400 (and (and (= read_index 0) (not false)) (= boundary (- phase_970 1)))))
 (let (($x213643 (or (and $x160400 $x165752) (and $x192881 $x165752) (and $x225096 $x165752) (and $x212003 $x165752) (and $x73258 $x165752) (and $x251586 $x165752) (and $x183580 $x165752) (and $x189332 $x165752) (and $x141065 $x165752) (and $x39128 $x90496))))
 (and $x213643 (and (distinct ?x164789 read_value) true)))))))))))))))))))))))))))))
(check-sat)
