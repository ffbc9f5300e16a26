(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_43 () Int)
(declare-fun phase_970 () Int)
(declare-fun phase_990 () Int)
(declare-fun phase_1006 () Int)
(declare-fun phase_1022 () Int)
(declare-fun phase_1038 () Int)
(declare-fun phase_1054 () Int)
(declare-fun phase_1070 () Int)
(declare-fun phase_1086 () Int)
(declare-fun phase_1090 () Int)
(declare-fun read_value () Real)
(declare-fun x_108 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_43 6))
(assert
 (= phase_970 38))
(assert
 (= phase_990 42))
(assert
 (= phase_1006 42))
(assert
 (= phase_1022 42))
(assert
 (= phase_1038 42))
(assert
 (= phase_1054 42))
(assert
 (= phase_1070 42))
(assert
 (= phase_1086 42))
(assert
 (= phase_1090 7))
(assert
 (let ((?x94485 (* (- 1.0) x_108)))
 (let (($x139643 (>= boundary 43)))
 (let ((?x102475 (ite $x139643 ?x94485 0.0)))
 (let (($x33429 (>= boundary 7)))
 (let ((?x74810 (ite $x33429 (* 1.0 x_108) 0.0)))
 (let ((?x180291 (+ ?x74810 ?x102475)))
 (let (($x105523 (= read_value x_108)))
 (let (($x188886 (= read_index 8)))
 (let (($x186669 (and (and $x188886 (not (= phase_43 (- phase_1090 1)))) (= boundary (- phase_1090 2)))))
 (let (($x47079 (and (and (= read_index 7) (not false)) (= boundary (- phase_1086 1)))))
 (let (($x87347 (and (and (= read_index 6) (not false)) (= boundary (- phase_1070 1)))))
 (let (($x141180 (and (and (= read_index 5) (not false)) (= boundary (- phase_1054 1)))))
 (let (($x164160 (and (and (= read_index 4) (not false)) (= boundary (- phase_1038 1)))))
 (let (($x114356 (and (and (= read_index 3) (not false)) (= boundary (- phase_1022 1)))))
 (let (($x191886 (and (and (= read_index 2) (not false)) (= boundary (- phase_1006 1)))))
 (let (($x220017 (and (and (= read_index 1) (not false)) (= boundary (- phase_990 1)))))
 (let (($x102196 (and (and (= read_index 0) (not false)) (= boundary (- phase_970 1)))))
 (let (($x80247 (or (and $x102196 $x105523) (and $x220017 $x105523) (and $x191886 $x105523) (and $x114356 $x105523) (and $x164160 $x105523) (and $x141180 $x105523) (and $x87347 $x105523) (and $x47079 $x105523) (and $x186669 $x105523))))
 (and $x80247 (and (distinct ?x180291 read_value) true)))))))))))))))))))))
(check-sat)
