(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_3 () Int)
(declare-fun phase_4 () Int)
(declare-fun phase_7 () Int)
(declare-fun phase_8 () Int)
(declare-fun phase_10 () Int)
(declare-fun phase_11 () Int)
(declare-fun phase_12 () Int)
(declare-fun phase_14 () Int)
(declare-fun phase_17 () Int)
(declare-fun phase_18 () Int)
(declare-fun phase_19 () Int)
(declare-fun phase_20 () Int)
(declare-fun phase_22 () Int)
(declare-fun phase_23 () Int)
(declare-fun phase_27 () Int)
(declare-fun phase_29 () Int)
(declare-fun phase_30 () Int)
(declare-fun phase_34 () Int)
(declare-fun phase_37 () Int)
(declare-fun phase_38 () Int)
(declare-fun phase_39 () Int)
(declare-fun phase_40 () Int)
(declare-fun phase_43 () Int)
(declare-fun phase_106 () Int)
(declare-fun read_value () Real)
(declare-fun x_0 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(declare-fun boundary_half () Int)
(declare-fun value_index () Int)
(assert
 (= phase_3 2))
(assert
 (= phase_4 2))
(assert
 (= phase_7 2))
(assert
 (= phase_8 2))
(assert
 (= phase_10 2))
(assert
 (= phase_11 0))
(assert
 (= phase_12 2))
(assert
 (= phase_14 2))
(assert
 (= phase_17 0))
(assert
 (= phase_18 2))
(assert
 (= phase_19 2))
(assert
 (= phase_20 2))
(assert
 (= phase_22 2))
(assert
 (= phase_23 2))
(assert
 (= phase_27 2))
(assert
 (= phase_29 2))
(assert
 (= phase_30 2))
(assert
 (= phase_34 2))
(assert
 (= phase_37 2))
(assert
 (= phase_38 0))
(assert
 (= phase_39 2))
(assert
 (= phase_40 2))
(assert
 (= phase_43 0))
(assert
 (= phase_106 2))
(assert
 (let ((?x12403 (* 1.0 x_0)))
 (let (($x15932 (>= boundary (- 1))))
 (let ((?x15977 (ite $x15932 ?x12403 0.0)))
 (let (($x3240 (or (not (and true (<= boundary 1))) (and (distinct ?x15977 read_value) true))))
 (let (($x126971 (= read_value x_0)))
 (let (($x7855 (and (and (= read_index 61) (not false)) (= boundary (- phase_106 1)))))
 (let (($x17801 (and (and (= read_index 27) (not false)) (= boundary (- phase_43 1)))))
 (let (($x40178 (and (and (= read_index 26) (not false)) (= boundary (- phase_40 1)))))
 (let (($x36039 (and (and (= read_index 25) (not false)) (= boundary (- phase_39 1)))))
 (let (($x12188 (and (and (= read_index 24) (not false)) (= boundary (- phase_38 1)))))
 (let (($x25975 (and (and (= read_index 23) (not false)) (= boundary (- phase_37 1)))))
 (let (($x3541 (and (and (= read_index 21) (not false)) (= boundary (- phase_34 1)))))
 (let (($x38404 (and (and (= read_index 20) (not false)) (= boundary (- phase_30 1)))))
 (let (($x28414 (and (and (= read_index 19) (not false)) (= boundary (- phase_29 1)))))
 (let (($x1620 (and (and (= read_index 18) (not false)) (= boundary (- phase_27 1)))))
 (let (($x6578 (and (and (= read_index 16) (not false)) (= boundary (- phase_23 1)))))
 (let (($x11948 (and (and (= read_index 15) (not false)) (= boundary (- phase_22 1)))))
 (let (($x33943 (and (and (= read_index 14) (not false)) (= boundary (- phase_20 1)))))
 (let (($x22708 (and (and (= read_index 13) (not false)) (= boundary (- phase_19 1)))))
 (let (($x52445 (and (and (= read_index 12) (not false)) (= boundary (- phase_18 1)))))
 (let (($x36161 (and (and (= read_index 11) (not false)) (= boundary (- phase_17 1)))))
 (let (($x70927 (and (and (= read_index 9) (not false)) (= boundary (- phase_14 1)))))
 (let (($x138645 (and (and (= read_index 8) (not false)) (= boundary (- phase_12 1)))))
 (let (($x138637 (and (and (= read_index 7) (not false)) (= boundary (- phase_11 1)))))
 (let (($x70915 (and (and (= read_index 6) (not false)) (= boundary (- phase_10 1)))))
 (let (($x70909 (and (and (= read_index 4) (not false)) (= boundary (- phase_8 1)))))
 (let (($x70903 (and (and (= read_index 3) (not false)) (= boundary (- phase_7 1)))))
 (let (($x138615 (and (and (= read_index 1) (not false)) (= boundary (- phase_4 1)))))
 (let (($x126969 (and (and (= read_index 0) (not false)) (= boundary (- phase_3 1)))))
 (let (($x3155 (or (and $x126969 $x126971) (and $x138615 $x126971) (and $x70903 $x126971) (and $x70909 $x126971) (and $x70915 $x126971) (and $x138637 $x126971) (and $x138645 $x126971) (and $x70927 $x126971) (and $x36161 $x126971) (and $x52445 $x126971) (and $x22708 $x126971) (and $x33943 $x126971) (and $x11948 $x126971) (and $x6578 $x126971) (and $x1620 $x126971) (and $x28414 $x126971) (and $x38404 $x126971) (and $x3541 $x126971) (and $x25975 $x126971) (and $x12188 $x126971) (and $x36039 $x126971) (and $x40178 $x126971) (and $x17801 $x126971) (and $x7855 $x126971))))
 (let (($x53670 (and $x3155 $x3240)))
 (let ((?x25268 (ite (and (and true (<= (- 1) boundary)) (< boundary 536870911)) x_0 0.0)))
 (let (($x53639 (and (distinct ?x15977 ?x25268) true)))
 (let (($x36178 (<= boundary 1)))
 (let (($x36186 (and true $x36178)))
 (let (($x35941 (<= boundary 39)))
 (let (($x35923 (and (= boundary (+ (* 2 boundary_half) 1)) $x15932)))
 (let (($x36073 (and $x35923 $x35941)))
 (let (($x52425 (and $x36073 $x36186)))
 (let (($x53645 (and $x52425 $x53639)))
 (let (($x1672 (= value_index 0)))
 (let (($x6642 (and $x1672 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x9111 (and $x6642 true)))
 (let (($x10996 (or $x9111)))
 (let (($x8359 (= boundary (- 1))))
 (let (($x10156 (or $x8359)))
 (let (($x11236 (and $x10156 $x10996)))
 (let (($x1623 (< boundary 0)))
 (let (($x7216 (and $x6642 $x1623)))
 (let (($x7755 (or $x7216)))
 (or $x7755 $x11236 $x53645 $x53670))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
