(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_48 () Int)
(declare-fun phase_64 () Int)
(declare-fun phase_125 () Int)
(declare-fun phase_126 () Int)
(declare-fun phase_128 () Int)
(declare-fun phase_157 () Int)
(declare-fun phase_158 () Int)
(declare-fun phase_159 () Int)
(declare-fun phase_197 () Int)
(declare-fun phase_221 () Int)
(declare-fun phase_242 () Int)
(declare-fun phase_786 () Int)
(declare-fun phase_794 () Int)
(declare-fun phase_801 () Int)
(declare-fun phase_1047 () Int)
(declare-fun phase_1049 () Int)
(declare-fun phase_1051 () Int)
(declare-fun phase_1052 () Int)
(declare-fun phase_1097 () Int)
(declare-fun read_value () Real)
(declare-fun x_125 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_48 8))
(assert
 (= phase_64 10))
(assert
 (= phase_125 30))
(assert
 (= phase_126 30))
(assert
 (= phase_128 31))
(assert
 (= phase_157 10))
(assert
 (= phase_158 10))
(assert
 (= phase_159 10))
(assert
 (= phase_197 42))
(assert
 (= phase_221 46))
(assert
 (= phase_242 12))
(assert
 (= phase_786 12))
(assert
 (= phase_794 12))
(assert
 (= phase_801 12))
(assert
 (= phase_1047 46))
(assert
 (= phase_1049 50))
(assert
 (= phase_1051 18))
(assert
 (= phase_1052 18))
(assert
 (= phase_1097 10))
(assert
 (let ((?x37512 (* (- 1.0) x_125)))
 (let (($x251235 (>= boundary 51)))
 (let ((?x48084 (ite $x251235 ?x37512 0.0)))
 (let (($x106083 (>= boundary 9)))
 (let ((?x37159 (ite $x106083 (* 1.0 x_125) 0.0)))
 (let ((?x64977 (+ ?x37159 ?x48084)))
 (let (($x118523 (= read_value x_125)))
 (let (($x102774 (and (and (= read_index 17) (not false)) (= boundary (- phase_1097 1)))))
 (let (($x39041 (and (and (= read_index 16) (not false)) (= boundary (- phase_1052 1)))))
 (let (($x166470 (and (and (= read_index 15) (not false)) (= boundary (- phase_1051 1)))))
 (let (($x217427 (and (and (= read_index 14) (not false)) (= boundary (- phase_1049 1)))))
 (let (($x88425 (and (and (= read_index 13) (not false)) (= boundary (- phase_1047 1)))))
 (let (($x180443 (and (and (= read_index 12) (not false)) (= boundary (- phase_801 1)))))
 (let (($x141107 (and (and (= read_index 11) (not false)) (= boundary (- phase_794 1)))))
 (let (($x253112 (and (and (= read_index 10) (not false)) (= boundary (- phase_786 1)))))
 (let (($x257284 (and (and (= read_index 9) (not false)) (= boundary (- phase_242 1)))))
 (let (($x137529 (and (and (= read_index 8) (not false)) (= boundary (- phase_221 1)))))
 (let (($x78961 (and (and (= read_index 7) (not false)) (= boundary (- phase_197 1)))))
 (let (($x140996 (and (and (= read_index 6) (not false)) (= boundary (- phase_159 1)))))
 (let (($x141085 (and (and (= read_index 5) (not false)) (= boundary (- phase_158 1)))))
 (let (($x160531 (and (and (= read_index 4) (not false)) (= boundary (- phase_157 1)))))
 (let (($x144657 (= read_index 3)))
 (let (($x52236 (and (and $x144657 (not (= phase_48 (- phase_128 1)))) (= boundary (- phase_128 2)))))
 (let (($x219342 (and (and (= read_index 2) (not false)) (= boundary (- phase_126 1)))))
 (let (($x137888 (and (and (= read_index 1) (not false)) (= boundary (- phase_125 1)))))
 (let (($x87509 (and (and (= read_index 0) (not false)) (= boundary (- phase_64 1)))))
 (let (($x140964 (or (and $x87509 $x118523) (and $x137888 $x118523) (and $x219342 $x118523) (and $x52236 $x118523) (and $x160531 $x118523) (and $x141085 $x118523) (and $x140996 $x118523) (and $x78961 $x118523) (and $x137529 $x118523) (and $x257284 $x118523) (and $x253112 $x118523) (and $x141107 $x118523) (and $x180443 $x118523) (and $x88425 $x118523) (and $x217427 $x118523) (and $x166470 $x118523) (and $x39041 $x118523) (and $x102774 $x118523))))
 (and $x140964 (and (distinct ?x64977 read_value) true))))))))))))))))))))))))))))))
(check-sat)
