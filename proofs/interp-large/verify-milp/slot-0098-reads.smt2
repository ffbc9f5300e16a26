(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_48 () Int)
(declare-fun phase_61 () Int)
(declare-fun phase_121 () Int)
(declare-fun phase_122 () Int)
(declare-fun phase_124 () Int)
(declare-fun phase_153 () Int)
(declare-fun phase_154 () Int)
(declare-fun phase_155 () Int)
(declare-fun phase_194 () Int)
(declare-fun phase_218 () Int)
(declare-fun phase_241 () Int)
(declare-fun phase_785 () Int)
(declare-fun phase_793 () Int)
(declare-fun phase_800 () Int)
(declare-fun phase_806 () Int)
(declare-fun phase_1031 () Int)
(declare-fun phase_1033 () Int)
(declare-fun phase_1035 () Int)
(declare-fun phase_1036 () Int)
(declare-fun phase_1096 () Int)
(declare-fun read_value () Real)
(declare-fun x_124 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_48 8))
(assert
 (= phase_61 26))
(assert
 (= phase_121 26))
(assert
 (= phase_122 26))
(assert
 (= phase_124 27))
(assert
 (= phase_153 14))
(assert
 (= phase_154 14))
(assert
 (= phase_155 14))
(assert
 (= phase_194 42))
(assert
 (= phase_218 46))
(assert
 (= phase_241 16))
(assert
 (= phase_785 24))
(assert
 (= phase_793 24))
(assert
 (= phase_800 24))
(assert
 (= phase_806 36))
(assert
 (= phase_1031 50))
(assert
 (= phase_1033 50))
(assert
 (= phase_1035 42))
(assert
 (= phase_1036 42))
(assert
 (= phase_1096 42))
(assert
 (let ((?x48072 (* (- 1.0) x_124)))
 (let (($x306816 (>= boundary 51)))
 (let ((?x49394 (ite $x306816 ?x48072 0.0)))
 (let (($x113439 (>= boundary 9)))
 (let ((?x48046 (ite $x113439 (* 1.0 x_124) 0.0)))
 (let ((?x49935 (+ ?x48046 ?x49394)))
 (let (($x37725 (= read_value x_124)))
 (let (($x145173 (and (and (= read_index 18) (not false)) (= boundary (- phase_1096 1)))))
 (let (($x116806 (and (and (= read_index 17) (not false)) (= boundary (- phase_1036 1)))))
 (let (($x25602 (and (and (= read_index 16) (not false)) (= boundary (- phase_1035 1)))))
 (let (($x165372 (and (and (= read_index 15) (not false)) (= boundary (- phase_1033 1)))))
 (let (($x222289 (and (and (= read_index 14) (not false)) (= boundary (- phase_1031 1)))))
 (let (($x449 (and (and (= read_index 13) (not false)) (= boundary (- phase_806 1)))))
 (let (($x38522 (and (and (= read_index 12) (not false)) (= boundary (- phase_800 1)))))
 (let (($x71866 (and (and (= read_index 11) (not false)) (= boundary (- phase_793 1)))))
 (let (($x177022 (and (and (= read_index 10) (not false)) (= boundary (- phase_785 1)))))
 (let (($x233708 (and (and (= read_index 9) (not false)) (= boundary (- phase_241 1)))))
 (let (($x197096 (and (and (= read_index 8) (not false)) (= boundary (- phase_218 1)))))
 (let (($x47632 (and (and (= read_index 7) (not false)) (= boundary (- phase_194 1)))))
 (let (($x233293 (and (and (= read_index 6) (not false)) (= boundary (- phase_155 1)))))
 (let (($x113258 (and (and (= read_index 5) (not false)) (= boundary (- phase_154 1)))))
 (let (($x54243 (and (and (= read_index 4) (not false)) (= boundary (- phase_153 1)))))
 (let (($x165520 (= read_index 3)))
 (let (($x170629 (and (and $x165520 (not (= phase_48 (- phase_124 1)))) (= boundary (- phase_124 2)))))
 (let (($x189038 (and (and (= read_index 2) (not false)) (= boundary (- phase_122 1)))))
 (let (($x135547 (and (and (= read_index 1) (not false)) (= boundary (- phase_121 1)))))
 (let (($x32070 (and (and (= read_index 0) (not false)) (= boundary (- phase_61 1)))))
 (let (($x118898 (or (and $x32070 $x37725) (and $x135547 $x37725) (and $x189038 $x37725) (and $x170629 $x37725) (and $x54243 $x37725) (and $x113258 $x37725) (and $x233293 $x37725) (and $x47632 $x37725) (and $x197096 $x37725) (and $x233708 $x37725) (and $x177022 $x37725) (and $x71866 $x37725) (and $x38522 $x37725) (and $x449 $x37725) (and $x222289 $x37725) (and $x165372 $x37725) (and $x25602 $x37725) (and $x116806 $x37725) (and $x145173 $x37725))))
 (and $x118898 (and (distinct ?x49935 read_value) true)))))))))))))))))))))))))))))))
(check-sat)
