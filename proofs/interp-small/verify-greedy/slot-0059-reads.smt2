(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_39 () Int)
(declare-fun phase_65 () Int)
(declare-fun phase_66 () Int)
(declare-fun phase_68 () Int)
(declare-fun phase_81 () Int)
(declare-fun phase_82 () Int)
(declare-fun phase_84 () Int)
(declare-fun phase_97 () Int)
(declare-fun phase_98 () Int)
(declare-fun phase_99 () Int)
(declare-fun phase_104 () Int)
(declare-fun phase_105 () Int)
(declare-fun phase_122 () Int)
(declare-fun phase_134 () Int)
(declare-fun phase_187 () Int)
(declare-fun phase_189 () Int)
(declare-fun phase_200 () Int)
(declare-fun read_value () Real)
(declare-fun x_81 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_39 8))
(assert
 (= phase_65 26))
(assert
 (= phase_66 26))
(assert
 (= phase_68 27))
(assert
 (= phase_81 22))
(assert
 (= phase_82 22))
(assert
 (= phase_84 23))
(assert
 (= phase_97 10))
(assert
 (= phase_98 10))
(assert
 (= phase_99 10))
(assert
 (= phase_104 10))
(assert
 (= phase_105 10))
(assert
 (= phase_122 26))
(assert
 (= phase_134 30))
(assert
 (= phase_187 30))
(assert
 (= phase_189 34))
(assert
 (= phase_200 10))
(assert
 (let ((?x8994 (* (- 1.0) x_81)))
 (let (($x16479 (>= boundary 35)))
 (let ((?x11803 (ite $x16479 ?x8994 0.0)))
 (let ((?x14748 (+ (ite (>= boundary 9) (* 1.0 x_81) 0.0) ?x11803)))
 (let (($x16885 (= read_value x_81)))
 (let (($x32780 (and (and (= read_index 15) (not false)) (= boundary (- phase_200 1)))))
 (let (($x9264 (and (and (= read_index 14) (not false)) (= boundary (- phase_189 1)))))
 (let (($x19633 (and (and (= read_index 13) (not false)) (= boundary (- phase_187 1)))))
 (let (($x19495 (and (and (= read_index 12) (not false)) (= boundary (- phase_134 1)))))
 (let (($x16804 (and (and (= read_index 11) (not false)) (= boundary (- phase_122 1)))))
 (let (($x33994 (and (and (= read_index 10) (not false)) (= boundary (- phase_105 1)))))
 (let (($x25382 (and (and (= read_index 9) (not false)) (= boundary (- phase_104 1)))))
 (let (($x2220 (and (and (= read_index 8) (not false)) (= boundary (- phase_99 1)))))
 (let (($x35070 (and (and (= read_index 7) (not false)) (= boundary (- phase_98 1)))))
 (let (($x25756 (and (and (= read_index 6) (not false)) (= boundary (- phase_97 1)))))
 (let (($x3945 (and (and (= read_index 5) (not (= phase_39 (- phase_84 1)))) (= boundary (- phase_84 2)))))
 (let (($x6253 (and (and (= read_index 4) (not false)) (= boundary (- phase_82 1)))))
 (let (($x14817 (and (and (= read_index 3) (not false)) (= boundary (- phase_81 1)))))
 (let (($x6483 (and (and (= read_index 2) (not (= phase_39 (- phase_68 1)))) (= boundary (- phase_68 2)))))
 (let (($x28426 (and (and (= read_index 1) (not false)) (= boundary (- phase_66 1)))))
 (let (($x11143 (and (and (= read_index 0) (not false)) (= boundary (- phase_65 1)))))
 (let (($x6540 (or (and $x11143 $x16885) (and $x28426 $x16885) (and $x6483 $x16885) (and $x14817 $x16885) (and $x6253 $x16885) (and $x3945 $x16885) (and $x25756 $x16885) (and $x35070 $x16885) (and $x2220 $x16885) (and $x25382 $x16885) (and $x33994 $x16885) (and $x16804 $x16885) (and $x19495 $x16885) (and $x19633 $x16885) (and $x9264 $x16885) (and $x32780 $x16885))))
 (and $x6540 (and (distinct ?x14748 read_value) true)))))))))))))))))))))))))
(check-sat)
