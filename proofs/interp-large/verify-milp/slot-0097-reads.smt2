(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_48 () Int)
(declare-fun phase_58 () Int)
(declare-fun phase_117 () Int)
(declare-fun phase_118 () Int)
(declare-fun phase_120 () Int)
(declare-fun phase_149 () Int)
(declare-fun phase_150 () Int)
(declare-fun phase_151 () Int)
(declare-fun phase_191 () Int)
(declare-fun phase_215 () Int)
(declare-fun phase_240 () Int)
(declare-fun phase_784 () Int)
(declare-fun phase_792 () Int)
(declare-fun phase_799 () Int)
(declare-fun phase_805 () Int)
(declare-fun phase_810 () Int)
(declare-fun phase_1015 () Int)
(declare-fun phase_1017 () Int)
(declare-fun phase_1019 () Int)
(declare-fun phase_1020 () Int)
(declare-fun phase_1095 () Int)
(declare-fun read_value () Real)
(declare-fun x_123 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_48 8))
(assert
 (= phase_58 18))
(assert
 (= phase_117 22))
(assert
 (= phase_118 22))
(assert
 (= phase_120 23))
(assert
 (= phase_149 14))
(assert
 (= phase_150 14))
(assert
 (= phase_151 14))
(assert
 (= phase_191 42))
(assert
 (= phase_215 46))
(assert
 (= phase_240 12))
(assert
 (= phase_784 20))
(assert
 (= phase_792 24))
(assert
 (= phase_799 24))
(assert
 (= phase_805 24))
(assert
 (= phase_810 36))
(assert
 (= phase_1015 50))
(assert
 (= phase_1017 50))
(assert
 (= phase_1019 42))
(assert
 (= phase_1020 42))
(assert
 (= phase_1095 42))
(assert
 (let ((?x48823 (* (- 1.0) x_123)))
 (let (($x306816 (>= boundary 51)))
 (let ((?x74492 (ite $x306816 ?x48823 0.0)))
 (let ((?x89111 (+ (ite (>= boundary 9) (* 1.0 x_123) 0.0) ?x74492)))
 (let (($x86477 (= read_value x_123)))
 (let (($x4154 (and (and (= read_index 19) (not false)) (= boundary (- phase_1095 1)))))
 (let (($x12768 (and (and (= read_index 18) (not false)) (= boundary (- phase_1020 1)))))
 (let (($x38522 (and (and (= read_index 17) (not false)) (= boundary (- phase_1019 1)))))
 (let (($x193227 (and (and (= read_index 16) (not false)) (= boundary (- phase_1017 1)))))
 (let (($x18387 (and (and (= read_index 15) (not false)) (= boundary (- phase_1015 1)))))
 (let (($x27341 (and (and (= read_index 14) (not false)) (= boundary (- phase_810 1)))))
 (let (($x64628 (and (and (= read_index 13) (not false)) (= boundary (- phase_805 1)))))
 (let (($x33268 (and (and (= read_index 12) (not false)) (= boundary (- phase_799 1)))))
 (let (($x150246 (and (and (= read_index 11) (not false)) (= boundary (- phase_792 1)))))
 (let (($x104817 (and (and (= read_index 10) (not false)) (= boundary (- phase_784 1)))))
 (let (($x181214 (and (and (= read_index 9) (not false)) (= boundary (- phase_240 1)))))
 (let (($x134364 (and (and (= read_index 8) (not false)) (= boundary (- phase_215 1)))))
 (let (($x72683 (and (and (= read_index 7) (not false)) (= boundary (- phase_191 1)))))
 (let (($x113981 (and (and (= read_index 6) (not false)) (= boundary (- phase_151 1)))))
 (let (($x120438 (and (and (= read_index 5) (not false)) (= boundary (- phase_150 1)))))
 (let (($x183820 (and (and (= read_index 4) (not false)) (= boundary (- phase_149 1)))))
 (let (($x165520 (= read_index 3)))
 (let (($x133821 (and (and $x165520 (not (= phase_48 (- phase_120 1)))) (= boundary (- phase_120 2)))))
 (let (($x209572 (and (and (= read_index 2) (not false)) (= boundary (- phase_118 1)))))
 (let (($x131373 (and (and (= read_index 1) (not false)) (= boundary (- phase_117 1)))))
 (let (($x80449 (and (and (= read_index 0) (not false)) (= boundary (- phase_58 1)))))
 (let (($x228856 (or (and $x80449 $x86477) (and $x131373 $x86477) (and $x209572 $x86477) (and $x133821 $x86477) (and $x183820 $x86477) (and $x120438 $x86477) (and $x113981 $x86477) (and $x72683 $x86477) (and $x134364 $x86477) (and $x181214 $x86477) (and $x104817 $x86477) (and $x150246 $x86477) (and $x33268 $x86477) (and $x64628 $x86477) (and $x27341 $x86477) (and $x18387 $x86477) (and $x193227 $x86477) (and $x38522 $x86477) (and $x12768 $x86477) (and $x4154 $x86477))))
 (and $x228856 (and (distinct ?x89111 read_value) true))))))))))))))))))))))))))))))
(check-sat)
