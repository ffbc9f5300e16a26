(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_48 () Int)
(declare-fun phase_67 () Int)
(declare-fun phase_129 () Int)
(declare-fun phase_130 () Int)
(declare-fun phase_132 () Int)
(declare-fun phase_161 () Int)
(declare-fun phase_162 () Int)
(declare-fun phase_163 () Int)
(declare-fun phase_200 () Int)
(declare-fun phase_224 () Int)
(declare-fun phase_243 () Int)
(declare-fun phase_787 () Int)
(declare-fun phase_795 () Int)
(declare-fun phase_1063 () Int)
(declare-fun phase_1065 () Int)
(declare-fun phase_1067 () Int)
(declare-fun phase_1068 () Int)
(declare-fun phase_1098 () Int)
(declare-fun read_value () Real)
(declare-fun x_126 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_48 8))
(assert
 (= phase_67 10))
(assert
 (= phase_129 34))
(assert
 (= phase_130 34))
(assert
 (= phase_132 35))
(assert
 (= phase_161 10))
(assert
 (= phase_162 10))
(assert
 (= phase_163 10))
(assert
 (= phase_200 42))
(assert
 (= phase_224 46))
(assert
 (= phase_243 12))
(assert
 (= phase_787 12))
(assert
 (= phase_795 12))
(assert
 (= phase_1063 46))
(assert
 (= phase_1065 50))
(assert
 (= phase_1067 18))
(assert
 (= phase_1068 18))
(assert
 (= phase_1098 10))
(assert
 (let ((?x37159 (* (- 1.0) x_126)))
 (let (($x251235 (>= boundary 51)))
 (let ((?x45666 (ite $x251235 ?x37159 0.0)))
 (let (($x106083 (>= boundary 9)))
 (let ((?x36402 (ite $x106083 (* 1.0 x_126) 0.0)))
 (let ((?x73504 (+ ?x36402 ?x45666)))
 (let (($x87306 (= read_value x_126)))
 (let (($x181298 (and (and (= read_index 16) (not false)) (= boundary (- phase_1098 1)))))
 (let (($x118951 (and (and (= read_index 15) (not false)) (= boundary (- phase_1068 1)))))
 (let (($x181463 (and (and (= read_index 14) (not false)) (= boundary (- phase_1067 1)))))
 (let (($x152211 (and (and (= read_index 13) (not false)) (= boundary (- phase_1065 1)))))
 (let (($x252590 (and (and (= read_index 12) (not false)) (= boundary (- phase_1063 1)))))
 (let (($x127858 (and (and (= read_index 11) (not false)) (= boundary (- phase_795 1)))))
 (let (($x183532 (and (and (= read_index 10) (not false)) (= boundary (- phase_787 1)))))
 (let (($x55863 (and (and (= read_index 9) (not false)) (= boundary (- phase_243 1)))))
 (let (($x235345 (and (and (= read_index 8) (not false)) (= boundary (- phase_224 1)))))
 (let (($x87509 (and (and (= read_index 7) (not false)) (= boundary (- phase_200 1)))))
 (let (($x227758 (and (and (= read_index 6) (not false)) (= boundary (- phase_163 1)))))
 (let (($x219179 (and (and (= read_index 5) (not false)) (= boundary (- phase_162 1)))))
 (let (($x174974 (and (and (= read_index 4) (not false)) (= boundary (- phase_161 1)))))
 (let (($x144657 (= read_index 3)))
 (let (($x191979 (and (and $x144657 (not (= phase_48 (- phase_132 1)))) (= boundary (- phase_132 2)))))
 (let (($x187700 (and (and (= read_index 2) (not false)) (= boundary (- phase_130 1)))))
 (let (($x123450 (and (and (= read_index 1) (not false)) (= boundary (- phase_129 1)))))
 (let (($x86389 (and (and (= read_index 0) (not false)) (= boundary (- phase_67 1)))))
 (let (($x249456 (or (and $x86389 $x87306) (and $x123450 $x87306) (and $x187700 $x87306) (and $x191979 $x87306) (and $x174974 $x87306) (and $x219179 $x87306) (and $x227758 $x87306) (and $x87509 $x87306) (and $x235345 $x87306) (and $x55863 $x87306) (and $x183532 $x87306) (and $x127858 $x87306) (and $x252590 $x87306) (and $x152211 $x87306) (and $x181463 $x87306) (and $x118951 $x87306) (and $x181298 $x87306))))
 (and $x249456 (and (distinct ?x73504 read_value) true)))))))))))))))))))))))))))))
(check-sat)
