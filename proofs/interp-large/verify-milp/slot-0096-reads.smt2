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
 (= phase_55 18))
(assert
 (= phase_113 18))
(assert
 (= phase_114 18))
(assert
 (= phase_116 19))
(assert
 (= phase_145 14))
(assert
 (= phase_146 14))
(assert
 (= phase_147 14))
(assert
 (= phase_188 42))
(assert
 (= phase_212 46))
(assert
 (= phase_239 16))
(assert
 (= phase_783 16))
(assert
 (= phase_791 20))
(assert
 (= phase_798 24))
(assert
 (= phase_804 24))
(assert
 (= phase_809 24))
(assert
 (= phase_813 36))
(assert
 (= phase_999 50))
(assert
 (= phase_1001 50))
(assert
 (= phase_1003 42))
(assert
 (= phase_1004 42))
(assert
 (= phase_1094 42))
(assert
 (let ((?x36882 (* (- 1.0) x_122)))
 (let (($x306816 (>= boundary 51)))
 (let ((?x39154 (ite $x306816 ?x36882 0.0)))
 (let (($x113439 (>= boundary 9)))
 (let ((?x4045 (ite $x113439 (* 1.0 x_122) 0.0)))
 (let ((?x45540 (+ ?x4045 ?x39154)))
 (let (($x48488 (= read_value x_122)))
 (let (($x87246 (and (and (= read_index 20) (not false)) (= boundary (- phase_1094 1)))))
 (let (($x22341 (and (and (= read_index 19) (not false)) (= boundary (- phase_1004 1)))))
 (let (($x118502 (and (and (= read_index 18) (not false)) (= boundary (- phase_1003 1)))))
 (let (($x190488 (and (and (= read_index 17) (not false)) (= boundary (- phase_1001 1)))))
 (let (($x145071 (and (and (= read_index 16) (not false)) (= boundary (- phase_999 1)))))
 (let (($x95882 (and (and (= read_index 15) (not false)) (= boundary (- phase_813 1)))))
 (let (($x28567 (and (and (= read_index 14) (not false)) (= boundary (- phase_809 1)))))
 (let (($x46138 (and (and (= read_index 13) (not false)) (= boundary (- phase_804 1)))))
 (let (($x66736 (and (and (= read_index 12) (not false)) (= boundary (- phase_798 1)))))
 (let (($x172985 (and (and (= read_index 11) (not false)) (= boundary (- phase_791 1)))))
 (let (($x28034 (and (and (= read_index 10) (not false)) (= boundary (- phase_783 1)))))
 (let (($x63811 (and (and (= read_index 9) (not false)) (= boundary (- phase_239 1)))))
 (let (($x147788 (and (and (= read_index 8) (not false)) (= boundary (- phase_212 1)))))
 (let (($x145548 (and (and (= read_index 7) (not false)) (= boundary (- phase_188 1)))))
 (let (($x134112 (and (and (= read_index 6) (not false)) (= boundary (- phase_147 1)))))
 (let (($x152728 (and (and (= read_index 5) (not false)) (= boundary (- phase_146 1)))))
 (let (($x185473 (and (and (= read_index 4) (not false)) (= boundary (- phase_145 1)))))
 (let (($x165520 (= read_index 3)))
 (let (($x181214 (and (and $x165520 (not (= phase_48 (- phase_116 1)))) (= boundary (- phase_116 2)))))
 (let (($x141337 (and (and (= read_index 2) (not false)) (= boundary (- phase_114 1)))))
 (let (($x105286 (and (and (= read_index 1) (not false)) (= boundary (- phase_113 1)))))
 (let (($x33268 (and (and (= read_index 0) (not false)) (= boundary (- phase_55 1)))))
 (let (($x222287 (or (and $x33268 $x48488) (and $x105286 $x48488) (and $x141337 $x48488) (and $x181214 $x48488) (and $x185473 $x48488) (and $x152728 $x48488) (and $x134112 $x48488) (and $x145548 $x48488) (and $x147788 $x48488) (and $x63811 $x48488) (and $x28034 $x48488) (and $x172985 $x48488) (and $x66736 $x48488) (and $x46138 $x48488) (and $x28567 $x48488) (and $x95882 $x48488) (and $x145071 $x48488) (and $x190488 $x48488) (and $x118502 $x48488) (and $x22341 $x48488) (and $x87246 $x48488))))
 (and $x222287 (and (distinct ?x45540 read_value) true)))))))))))))))))))))))))))))))))
(check-sat)
