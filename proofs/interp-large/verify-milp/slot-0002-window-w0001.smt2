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
(declare-fun x_2 () Real)
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
 (let ((?x59641 (ite (and (and true (<= (- 1) 11)) (< 11 536870911)) x_2 0.0)))
 (= window_start_contents ?x59641)))
(assert
 (let (($x180114 (or (not (and (and true (> boundary 11)) (<= boundary 19))) (and (distinct window_start_contents read_value) true))))
 (let (($x190024 (= read_value x_2)))
 (let (($x165504 (and (and (= read_index 62) (not false)) (= boundary (- phase_802 1)))))
 (let (($x145773 (and (and (= read_index 57) (not false)) (= boundary (- phase_797 1)))))
 (let (($x123645 (and (and (= read_index 56) (not false)) (= boundary (- phase_796 1)))))
 (let (($x198567 (and (and (= read_index 51) (not false)) (= boundary (- phase_791 1)))))
 (let (($x92176 (and (and (= read_index 50) (not false)) (= boundary (- phase_790 1)))))
 (let (($x195571 (and (and (= read_index 44) (not false)) (= boundary (- phase_784 1)))))
 (let (($x150142 (and (and (= read_index 43) (not false)) (= boundary (- phase_783 1)))))
 (let (($x83163 (and (and (= read_index 24) (not false)) (= boundary (- phase_432 1)))))
 (let (($x172626 (and (and (= read_index 23) (not false)) (= boundary (- phase_431 1)))))
 (let (($x137965 (and (and (= read_index 22) (not false)) (= boundary (- phase_430 1)))))
 (let (($x108684 (and (and (= read_index 21) (not false)) (= boundary (- phase_429 1)))))
 (let (($x111514 (and (and (= read_index 20) (not false)) (= boundary (- phase_428 1)))))
 (let (($x115214 (and (and (= read_index 19) (not false)) (= boundary (- phase_427 1)))))
 (let (($x58184 (and (and (= read_index 18) (not false)) (= boundary (- phase_426 1)))))
 (let (($x148278 (and (and (= read_index 16) (not false)) (= boundary (- phase_244 1)))))
 (let (($x124491 (and (and (= read_index 15) (not false)) (= boundary (- phase_243 1)))))
 (let (($x77074 (and (and (= read_index 13) (not false)) (= boundary (- phase_241 1)))))
 (let (($x171602 (and (and (= read_index 11) (not false)) (= boundary (- phase_239 1)))))
 (let (($x48281 (or (and $x171602 $x190024) (and $x77074 $x190024) (and $x124491 $x190024) (and $x148278 $x190024) (and $x58184 $x190024) (and $x115214 $x190024) (and $x111514 $x190024) (and $x108684 $x190024) (and $x137965 $x190024) (and $x172626 $x190024) (and $x83163 $x190024) (and $x150142 $x190024) (and $x195571 $x190024) (and $x92176 $x190024) (and $x198567 $x190024) (and $x123645 $x190024) (and $x145773 $x190024) (and $x165504 $x190024))))
 (let (($x85959 (and $x48281 $x180114)))
 (let ((?x123376 (ite (and (and true (<= (- 1) boundary)) (< boundary 536870911)) x_2 0.0)))
 (let (($x123590 (and (distinct window_start_contents ?x123376) true)))
 (let (($x129183 (<= boundary 19)))
 (let (($x253077 (> boundary 11)))
 (let (($x256127 (and true $x253077)))
 (let (($x102920 (and $x256127 $x129183)))
 (let (($x52490 (<= boundary 51)))
 (let (($x31002 (>= boundary (- 1))))
 (let (($x51612 (and (= boundary (+ (* 2 boundary_half) 1)) $x31002)))
 (let (($x52846 (and $x51612 $x52490)))
 (let (($x102963 (and $x52846 $x102920)))
 (let (($x128574 (and $x102963 $x123590)))
 (or $x128574 $x85959))))))))))))))))))))))))))))))))))))
(check-sat)
