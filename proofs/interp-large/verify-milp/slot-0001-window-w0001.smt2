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
(declare-fun x_1 () Real)
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
 (let ((?x88352 (ite (and (and true (<= (- 1) 11)) (< 11 536870911)) x_1 0.0)))
 (= window_start_contents ?x88352)))
(assert
 (let (($x80843 (or (not (and (and true (> boundary 11)) (<= boundary 19))) (and (distinct window_start_contents read_value) true))))
 (let (($x102955 (= read_value x_1)))
 (let (($x30244 (and (and (= read_index 64) (not false)) (= boundary (- phase_802 1)))))
 (let (($x121378 (and (and (= read_index 59) (not false)) (= boundary (- phase_797 1)))))
 (let (($x124491 (and (and (= read_index 58) (not false)) (= boundary (- phase_796 1)))))
 (let (($x179380 (and (and (= read_index 53) (not false)) (= boundary (- phase_791 1)))))
 (let (($x35995 (and (and (= read_index 52) (not false)) (= boundary (- phase_790 1)))))
 (let (($x47242 (and (and (= read_index 46) (not false)) (= boundary (- phase_784 1)))))
 (let (($x35457 (and (and (= read_index 45) (not false)) (= boundary (- phase_783 1)))))
 (let (($x198634 (and (and (= read_index 26) (not false)) (= boundary (- phase_432 1)))))
 (let (($x3964 (and (and (= read_index 25) (not false)) (= boundary (- phase_431 1)))))
 (let (($x115399 (and (and (= read_index 24) (not false)) (= boundary (- phase_430 1)))))
 (let (($x119089 (and (and (= read_index 23) (not false)) (= boundary (- phase_429 1)))))
 (let (($x36897 (and (and (= read_index 22) (not false)) (= boundary (- phase_428 1)))))
 (let (($x180114 (and (and (= read_index 21) (not false)) (= boundary (- phase_427 1)))))
 (let (($x17568 (and (and (= read_index 20) (not false)) (= boundary (- phase_426 1)))))
 (let (($x39154 (and (and (= read_index 18) (not false)) (= boundary (- phase_244 1)))))
 (let (($x110505 (and (and (= read_index 17) (not false)) (= boundary (- phase_243 1)))))
 (let (($x149376 (and (and (= read_index 15) (not false)) (= boundary (- phase_241 1)))))
 (let (($x222045 (and (and (= read_index 13) (not false)) (= boundary (- phase_239 1)))))
 (let (($x190238 (or (and $x222045 $x102955) (and $x149376 $x102955) (and $x110505 $x102955) (and $x39154 $x102955) (and $x17568 $x102955) (and $x180114 $x102955) (and $x36897 $x102955) (and $x119089 $x102955) (and $x115399 $x102955) (and $x3964 $x102955) (and $x198634 $x102955) (and $x35457 $x102955) (and $x47242 $x102955) (and $x35995 $x102955) (and $x179380 $x102955) (and $x124491 $x102955) (and $x121378 $x102955) (and $x30244 $x102955))))
 (let (($x187631 (and $x190238 $x80843)))
 (let ((?x50385 (ite (and (and true (<= (- 1) boundary)) (< boundary 536870911)) x_1 0.0)))
 (let (($x151249 (and (distinct window_start_contents ?x50385) true)))
 (let (($x129183 (<= boundary 19)))
 (let (($x253077 (> boundary 11)))
 (let (($x256127 (and true $x253077)))
 (let (($x142142 (and $x256127 $x129183)))
 (let (($x52490 (<= boundary 51)))
 (let (($x31002 (>= boundary (- 1))))
 (let (($x51612 (and (= boundary (+ (* 2 boundary_half) 1)) $x31002)))
 (let (($x52846 (and $x51612 $x52490)))
 (let (($x145405 (and $x52846 $x142142)))
 (let (($x159695 (and $x145405 $x151249)))
 (or $x159695 $x187631))))))))))))))))))))))))))))))))))))
(check-sat)
