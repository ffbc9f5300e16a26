(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_17 () Int)
(declare-fun phase_18 () Int)
(declare-fun phase_26 () Int)
(declare-fun phase_29 () Int)
(declare-fun phase_48 () Int)
(declare-fun phase_49 () Int)
(declare-fun phase_102 () Int)
(declare-fun phase_114 () Int)
(declare-fun phase_127 () Int)
(declare-fun phase_141 () Int)
(declare-fun phase_148 () Int)
(declare-fun phase_154 () Int)
(declare-fun phase_233 () Int)
(declare-fun phase_280 () Int)
(declare-fun phase_333 () Int)
(declare-fun read_value () Real)
(declare-fun x_381 () Real)
(declare-fun boundary () Int)
(declare-fun x_16 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_17 0))
(assert
 (= phase_18 2))
(assert
 (= phase_26 10))
(assert
 (= phase_29 2))
(assert
 (= phase_48 3))
(assert
 (= phase_49 4))
(assert
 (= phase_102 19))
(assert
 (= phase_114 8))
(assert
 (= phase_127 10))
(assert
 (= phase_141 11))
(assert
 (= phase_148 6))
(assert
 (= phase_154 8))
(assert
 (= phase_233 18))
(assert
 (= phase_280 22))
(assert
 (= phase_333 29))
(assert
 (let ((?x85501 (* (- 1.0) x_16)))
 (let (($x64281 (>= boundary 29)))
 (let ((?x92541 (ite $x64281 ?x85501 0.0)))
 (let ((?x113691 (+ (ite (>= boundary (- 1)) (* 1.0 x_16) 0.0) ?x92541 (ite (>= boundary 31) (* 1.0 x_381) 0.0))))
 (let (($x105733 (= read_value x_381)))
 (let (($x93877 (= read_value x_16)))
 (let (($x126502 (and (and (= read_index 14) (not false)) (= boundary (- phase_333 2)))))
 (let (($x116330 (and (and (= read_index 13) (not false)) (= boundary (- phase_280 1)))))
 (let (($x67853 (and (and (= read_index 12) (not false)) (= boundary (- phase_233 1)))))
 (let (($x129795 (and (and (= read_index 11) (not false)) (= boundary (- phase_154 1)))))
 (let (($x131250 (and (and (= read_index 10) (not false)) (= boundary (- phase_148 1)))))
 (let (($x66121 (and (and (= read_index 9) (not false)) (= boundary (- phase_141 2)))))
 (let (($x130095 (and (and (= read_index 8) (not false)) (= boundary (- phase_127 1)))))
 (let (($x114775 (and (and (= read_index 7) (not false)) (= boundary (- phase_114 1)))))
 (let (($x26747 (and (and (= read_index 6) (not false)) (= boundary (- phase_102 2)))))
 (let (($x84682 (and (and (= read_index 5) (not false)) (= boundary (- phase_49 1)))))
 (let (($x116933 (and (and (= read_index 4) (not false)) (= boundary (- phase_48 2)))))
 (let (($x128418 (and (and (= read_index 3) (not false)) (= boundary (- phase_29 1)))))
 (let (($x129459 (and (and (= read_index 2) (not false)) (= boundary (- phase_26 1)))))
 (let (($x107784 (and (and (= read_index 1) (not false)) (= boundary (- phase_18 1)))))
 (let (($x90512 (and (and (= read_index 0) (not false)) (= boundary (- phase_17 1)))))
 (let (($x36435 (or (and $x90512 $x93877) (and $x107784 $x93877) (and $x129459 $x93877) (and $x128418 $x93877) (and $x116933 $x93877) (and $x84682 $x93877) (and $x26747 $x93877) (and $x114775 $x93877) (and $x130095 $x93877) (and $x66121 $x93877) (and $x131250 $x93877) (and $x129795 $x93877) (and $x67853 $x93877) (and $x116330 $x93877) (and $x126502 $x93877) (and (and (= read_index 15) (= boundary 39)) $x105733))))
 (and $x36435 (and (distinct ?x113691 read_value) true)))))))))))))))))))))))))
(check-sat)
