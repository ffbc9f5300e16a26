(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_40 () Int)
(declare-fun phase_968 () Int)
(declare-fun phase_988 () Int)
(declare-fun phase_1004 () Int)
(declare-fun phase_1020 () Int)
(declare-fun phase_1036 () Int)
(declare-fun phase_1052 () Int)
(declare-fun phase_1068 () Int)
(declare-fun phase_1084 () Int)
(declare-fun phase_1090 () Int)
(declare-fun read_value () Real)
(declare-fun x_105 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_40 6))
(assert
 (= phase_968 42))
(assert
 (= phase_988 42))
(assert
 (= phase_1004 42))
(assert
 (= phase_1020 42))
(assert
 (= phase_1036 42))
(assert
 (= phase_1052 42))
(assert
 (= phase_1068 42))
(assert
 (= phase_1084 42))
(assert
 (= phase_1090 7))
(assert
 (let ((?x98889 (* (- 1.0) x_105)))
 (let (($x139643 (>= boundary 43)))
 (let ((?x110586 (ite $x139643 ?x98889 0.0)))
 (let (($x33429 (>= boundary 7)))
 (let ((?x38195 (ite $x33429 (* 1.0 x_105) 0.0)))
 (let ((?x126345 (+ ?x38195 ?x110586)))
 (let (($x171897 (= read_value x_105)))
 (let (($x188886 (= read_index 8)))
 (let (($x199023 (and (and $x188886 (not (= phase_40 (- phase_1090 1)))) (= boundary (- phase_1090 2)))))
 (let (($x32114 (and (and (= read_index 7) (not false)) (= boundary (- phase_1084 1)))))
 (let (($x213455 (and (and (= read_index 6) (not false)) (= boundary (- phase_1068 1)))))
 (let (($x213672 (and (and (= read_index 5) (not false)) (= boundary (- phase_1052 1)))))
 (let (($x85278 (and (and (= read_index 4) (not false)) (= boundary (- phase_1036 1)))))
 (let (($x131268 (and (and (= read_index 3) (not false)) (= boundary (- phase_1020 1)))))
 (let (($x123468 (and (and (= read_index 2) (not false)) (= boundary (- phase_1004 1)))))
 (let (($x224855 (and (and (= read_index 1) (not false)) (= boundary (- phase_988 1)))))
 (let (($x165484 (and (and (= read_index 0) (not false)) (= boundary (- phase_968 1)))))
 (let (($x47632 (or (and $x165484 $x171897) (and $x224855 $x171897) (and $x123468 $x171897) (and $x131268 $x171897) (and $x85278 $x171897) (and $x213672 $x171897) (and $x213455 $x171897) (and $x32114 $x171897) (and $x199023 $x171897))))
 (and $x47632 (and (distinct ?x126345 read_value) true)))))))))))))))))))))
(check-sat)
