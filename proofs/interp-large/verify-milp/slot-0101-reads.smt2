(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_48 () Int)
(declare-fun phase_70 () Int)
(declare-fun phase_133 () Int)
(declare-fun phase_134 () Int)
(declare-fun phase_136 () Int)
(declare-fun phase_165 () Int)
(declare-fun phase_166 () Int)
(declare-fun phase_167 () Int)
(declare-fun phase_175 () Int)
(declare-fun phase_176 () Int)
(declare-fun phase_203 () Int)
(declare-fun phase_227 () Int)
(declare-fun phase_244 () Int)
(declare-fun phase_788 () Int)
(declare-fun phase_1079 () Int)
(declare-fun phase_1081 () Int)
(declare-fun phase_1083 () Int)
(declare-fun phase_1084 () Int)
(declare-fun phase_1099 () Int)
(declare-fun read_value () Real)
(declare-fun x_127 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_48 8))
(assert
 (= phase_70 38))
(assert
 (= phase_133 38))
(assert
 (= phase_134 38))
(assert
 (= phase_136 39))
(assert
 (= phase_165 14))
(assert
 (= phase_166 14))
(assert
 (= phase_167 14))
(assert
 (= phase_175 38))
(assert
 (= phase_176 38))
(assert
 (= phase_203 42))
(assert
 (= phase_227 46))
(assert
 (= phase_244 16))
(assert
 (= phase_788 36))
(assert
 (= phase_1079 50))
(assert
 (= phase_1081 50))
(assert
 (= phase_1083 42))
(assert
 (= phase_1084 42))
(assert
 (= phase_1099 42))
(assert
 (let ((?x23800 (* (- 1.0) x_127)))
 (let (($x306816 (>= boundary 51)))
 (let ((?x28463 (ite $x306816 ?x23800 0.0)))
 (let (($x113439 (>= boundary 9)))
 (let ((?x11152 (ite $x113439 (* 1.0 x_127) 0.0)))
 (let ((?x32171 (+ ?x11152 ?x28463)))
 (let (($x71419 (= read_value x_127)))
 (let (($x38309 (and (and (= read_index 17) (not false)) (= boundary (- phase_1099 1)))))
 (let (($x119522 (and (and (= read_index 16) (not false)) (= boundary (- phase_1084 1)))))
 (let (($x191845 (and (and (= read_index 15) (not false)) (= boundary (- phase_1083 1)))))
 (let (($x63886 (and (and (= read_index 14) (not false)) (= boundary (- phase_1081 1)))))
 (let (($x344977 (and (and (= read_index 13) (not false)) (= boundary (- phase_1079 1)))))
 (let (($x158233 (and (and (= read_index 12) (not false)) (= boundary (- phase_788 1)))))
 (let (($x114146 (and (and (= read_index 11) (not false)) (= boundary (- phase_244 1)))))
 (let (($x19241 (and (and (= read_index 10) (not false)) (= boundary (- phase_227 1)))))
 (let (($x157364 (and (and (= read_index 9) (not false)) (= boundary (- phase_203 1)))))
 (let (($x52518 (and (and (= read_index 8) (not false)) (= boundary (- phase_176 1)))))
 (let (($x60457 (and (and (= read_index 7) (not false)) (= boundary (- phase_175 1)))))
 (let (($x70789 (and (and (= read_index 6) (not false)) (= boundary (- phase_167 1)))))
 (let (($x103245 (and (and (= read_index 5) (not false)) (= boundary (- phase_166 1)))))
 (let (($x110632 (and (and (= read_index 4) (not false)) (= boundary (- phase_165 1)))))
 (let (($x165520 (= read_index 3)))
 (let (($x165225 (and (and $x165520 (not (= phase_48 (- phase_136 1)))) (= boundary (- phase_136 2)))))
 (let (($x172765 (and (and (= read_index 2) (not false)) (= boundary (- phase_134 1)))))
 (let (($x104252 (and (and (= read_index 1) (not false)) (= boundary (- phase_133 1)))))
 (let (($x66736 (and (and (= read_index 0) (not false)) (= boundary (- phase_70 1)))))
 (let (($x25893 (or (and $x66736 $x71419) (and $x104252 $x71419) (and $x172765 $x71419) (and $x165225 $x71419) (and $x110632 $x71419) (and $x103245 $x71419) (and $x70789 $x71419) (and $x60457 $x71419) (and $x52518 $x71419) (and $x157364 $x71419) (and $x19241 $x71419) (and $x114146 $x71419) (and $x158233 $x71419) (and $x344977 $x71419) (and $x63886 $x71419) (and $x191845 $x71419) (and $x119522 $x71419) (and $x38309 $x71419))))
 (and $x25893 (and (distinct ?x32171 read_value) true))))))))))))))))))))))))))))))
(check-sat)
