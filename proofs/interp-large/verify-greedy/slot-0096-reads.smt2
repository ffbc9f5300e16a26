(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_48 () Int)
(declare-fun phase_55 () Int)
(declare-fun phase_113 () Int)
(declare-fun phase_114 () Int)
(declare-fun phase_116 () Int)
(declare-fun phase_145 () Int)
(declare-fun phase_146 () Int)
(declare-fun phase_147 () Int)
(declare-fun phase_188 () Int)
(declare-fun phase_212 () Int)
(declare-fun phase_239 () Int)
(declare-fun phase_783 () Int)
(declare-fun phase_791 () Int)
(declare-fun phase_798 () Int)
(declare-fun phase_804 () Int)
(declare-fun phase_809 () Int)
(declare-fun phase_813 () Int)
(declare-fun phase_999 () Int)
(declare-fun phase_1001 () Int)
(declare-fun phase_1003 () Int)
(declare-fun phase_1004 () Int)
(declare-fun phase_1094 () Int)
(declare-fun read_value () Real)
(declare-fun x_122 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_48 8))
(assert
 (= phase_55 10))
(assert
 (= phase_113 18))
(assert
 (= phase_114 18))
(assert
 (= phase_116 19))
(assert
 (= phase_145 10))
(assert
 (= phase_146 10))
(assert
 (= phase_147 10))
(assert
 (= phase_188 42))
(assert
 (= phase_212 46))
(assert
 (= phase_239 12))
(assert
 (= phase_783 12))
(assert
 (= phase_791 12))
(assert
 (= phase_798 12))
(assert
 (= phase_804 12))
(assert
 (= phase_809 12))
(assert
 (= phase_813 12))
(assert
 (= phase_999 46))
(assert
 (= phase_1001 50))
(assert
 (= phase_1003 18))
(assert
 (= phase_1004 18))
(assert
 (= phase_1094 10))
(assert
 (let ((?x27999 (* (- 1.0) x_122)))
 (let (($x251235 (>= boundary 51)))
 (let ((?x33314 (ite $x251235 ?x27999 0.0)))
 (let (($x106083 (>= boundary 9)))
 (let ((?x18937 (ite $x106083 (* 1.0 x_122) 0.0)))
 (let ((?x60476 (+ ?x18937 ?x33314)))
 (let (($x90348 (= read_value x_122)))
 (let (($x29974 (and (and (= read_index 20) (not false)) (= boundary (- phase_1094 1)))))
 (let (($x190238 (and (and (= read_index 19) (not false)) (= boundary (- phase_1004 1)))))
 (let (($x152460 (and (and (= read_index 18) (not false)) (= boundary (- phase_1003 1)))))
 (let (($x191801 (and (and (= read_index 17) (not false)) (= boundary (- phase_1001 1)))))
 (let (($x225042 (and (and (= read_index 16) (not false)) (= boundary (- phase_999 1)))))
 (let (($x212180 (and (and (= read_index 15) (not false)) (= boundary (- phase_813 1)))))
 (let (($x183945 (and (and (= read_index 14) (not false)) (= boundary (- phase_809 1)))))
 (let (($x175552 (and (and (= read_index 13) (not false)) (= boundary (- phase_804 1)))))
 (let (($x60906 (and (and (= read_index 12) (not false)) (= boundary (- phase_798 1)))))
 (let (($x166489 (and (and (= read_index 11) (not false)) (= boundary (- phase_791 1)))))
 (let (($x48622 (and (and (= read_index 10) (not false)) (= boundary (- phase_783 1)))))
 (let (($x170497 (and (and (= read_index 9) (not false)) (= boundary (- phase_239 1)))))
 (let (($x72669 (and (and (= read_index 8) (not false)) (= boundary (- phase_212 1)))))
 (let (($x166749 (and (and (= read_index 7) (not false)) (= boundary (- phase_188 1)))))
 (let (($x104764 (and (and (= read_index 6) (not false)) (= boundary (- phase_147 1)))))
 (let (($x205142 (and (and (= read_index 5) (not false)) (= boundary (- phase_146 1)))))
 (let (($x168994 (and (and (= read_index 4) (not false)) (= boundary (- phase_145 1)))))
 (let (($x144657 (= read_index 3)))
 (let (($x91850 (and (and $x144657 (not (= phase_48 (- phase_116 1)))) (= boundary (- phase_116 2)))))
 (let (($x165656 (and (and (= read_index 2) (not false)) (= boundary (- phase_114 1)))))
 (let (($x134176 (and (and (= read_index 1) (not false)) (= boundary (- phase_113 1)))))
 (let (($x87454 (and (and (= read_index 0) (not false)) (= boundary (- phase_55 1)))))
 (let (($x151110 (or (and $x87454 $x90348) (and $x134176 $x90348) (and $x165656 $x90348) (and $x91850 $x90348) (and $x168994 $x90348) (and $x205142 $x90348) (and $x104764 $x90348) (and $x166749 $x90348) (and $x72669 $x90348) (and $x170497 $x90348) (and $x48622 $x90348) (and $x166489 $x90348) (and $x60906 $x90348) (and $x175552 $x90348) (and $x183945 $x90348) (and $x212180 $x90348) (and $x225042 $x90348) (and $x191801 $x90348) (and $x152460 $x90348) (and $x190238 $x90348) (and $x29974 $x90348))))
 (and $x151110 (and (distinct ?x60476 read_value) true)))))))))))))))))))))))))))))))))
(check-sat)
