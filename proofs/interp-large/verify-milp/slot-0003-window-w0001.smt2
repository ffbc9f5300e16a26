(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_239 () Int)
(declare-fun phase_241 () Int)
(declare-fun phase_243 () Int)
(declare-fun phase_244 () Int)
(declare-fun phase_426 () Int)
(declare-fun phase_427 () Int)
(declare-fun phase_428 () Int)
(declare-fun phase_429 () Int)
(declare-fun phase_430 () Int)
(declare-fun phase_431 () Int)
(declare-fun phase_432 () Int)
(declare-fun phase_783 () Int)
(declare-fun phase_784 () Int)
(declare-fun phase_790 () Int)
(declare-fun phase_791 () Int)
(declare-fun phase_796 () Int)
(declare-fun phase_797 () Int)
(declare-fun phase_802 () Int)
(declare-fun x_3 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_239 16))
(assert
 (= phase_241 16))
(assert
 (= phase_243 16))
(assert
 (= phase_244 16))
(assert
 (= phase_426 20))
(assert
 (= phase_427 20))
(assert
 (= phase_428 20))
(assert
 (= phase_429 20))
(assert
 (= phase_430 20))
(assert
 (= phase_431 20))
(assert
 (= phase_432 20))
(assert
 (= phase_783 16))
(assert
 (= phase_784 20))
(assert
 (= phase_790 16))
(assert
 (= phase_791 20))
(assert
 (= phase_796 16))
(assert
 (= phase_797 20))
(assert
 (= phase_802 20))
(assert
 (let ((?x72136 (ite (and (and true (<= (- 1) 11)) (< 11 536870911)) x_3 0.0)))
 (= window_start_contents ?x72136)))
(assert
 (let (($x153313 (or (not (and (and true (> boundary 11)) (<= boundary 19))) (and (distinct window_start_contents read_value) true))))
 (let (($x171598 (= read_value x_3)))
 (let (($x205345 (and (and (= read_index 65) (not false)) (= boundary (- phase_802 1)))))
 (let (($x180 (and (and (= read_index 60) (not false)) (= boundary (- phase_797 1)))))
 (let (($x157847 (and (and (= read_index 59) (not false)) (= boundary (- phase_796 1)))))
 (let (($x160090 (and (and (= read_index 54) (not false)) (= boundary (- phase_791 1)))))
 (let (($x65343 (and (and (= read_index 53) (not false)) (= boundary (- phase_790 1)))))
 (let (($x78358 (and (and (= read_index 47) (not false)) (= boundary (- phase_784 1)))))
 (let (($x114408 (and (and (= read_index 46) (not false)) (= boundary (- phase_783 1)))))
 (let (($x145095 (and (and (= read_index 27) (not false)) (= boundary (- phase_432 1)))))
 (let (($x126673 (and (and (= read_index 26) (not false)) (= boundary (- phase_431 1)))))
 (let (($x28531 (and (and (= read_index 25) (not false)) (= boundary (- phase_430 1)))))
 (let (($x43082 (and (and (= read_index 24) (not false)) (= boundary (- phase_429 1)))))
 (let (($x165531 (and (and (= read_index 23) (not false)) (= boundary (- phase_428 1)))))
 (let (($x20844 (and (and (= read_index 22) (not false)) (= boundary (- phase_427 1)))))
 (let (($x130537 (and (and (= read_index 21) (not false)) (= boundary (- phase_426 1)))))
 (let (($x52675 (and (and (= read_index 19) (not false)) (= boundary (- phase_244 1)))))
 (let (($x195571 (and (and (= read_index 18) (not false)) (= boundary (- phase_243 1)))))
 (let (($x197293 (and (and (= read_index 16) (not false)) (= boundary (- phase_241 1)))))
 (let (($x138693 (and (and (= read_index 14) (not false)) (= boundary (- phase_239 1)))))
 (let (($x122052 (or (and $x138693 $x171598) (and $x197293 $x171598) (and $x195571 $x171598) (and $x52675 $x171598) (and $x130537 $x171598) (and $x20844 $x171598) (and $x165531 $x171598) (and $x43082 $x171598) (and $x28531 $x171598) (and $x126673 $x171598) (and $x145095 $x171598) (and $x114408 $x171598) (and $x78358 $x171598) (and $x65343 $x171598) (and $x160090 $x171598) (and $x157847 $x171598) (and $x180 $x171598) (and $x205345 $x171598))))
 (let (($x230515 (and $x122052 $x153313)))
 (let ((?x108731 (ite (and (and true (<= (- 1) boundary)) (< boundary 536870911)) x_3 0.0)))
 (let (($x108006 (and (distinct window_start_contents ?x108731) true)))
 (let (($x129183 (<= boundary 19)))
 (let (($x253077 (> boundary 11)))
 (let (($x256127 (and true $x253077)))
 (let (($x88167 (and $x256127 $x129183)))
 (let (($x52490 (<= boundary 51)))
 (let (($x31002 (>= boundary (- 1))))
 (let (($x51612 (and (= boundary (+ (* 2 boundary_half) 1)) $x31002)))
 (let (($x52846 (and $x51612 $x52490)))
 (let (($x94232 (and $x52846 $x88167)))
 (let (($x125201 (and $x94232 $x108006)))
 (or $x125201 $x230515))))))))))))))))))))))))))))))))))))
(check-sat)
