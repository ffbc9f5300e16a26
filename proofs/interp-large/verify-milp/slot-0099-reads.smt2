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
 (= phase_64 30))
(assert
 (= phase_125 30))
(assert
 (= phase_126 30))
(assert
 (= phase_128 31))
(assert
 (= phase_157 14))
(assert
 (= phase_158 14))
(assert
 (= phase_159 14))
(assert
 (= phase_197 42))
(assert
 (= phase_221 46))
(assert
 (= phase_242 12))
(assert
 (= phase_786 24))
(assert
 (= phase_794 24))
(assert
 (= phase_801 36))
(assert
 (= phase_1047 50))
(assert
 (= phase_1049 50))
(assert
 (= phase_1051 42))
(assert
 (= phase_1052 42))
(assert
 (= phase_1097 42))
(assert
 (let ((?x66155 (* (- 1.0) x_125)))
 (let (($x306816 (>= boundary 51)))
 (let ((?x71866 (ite $x306816 ?x66155 0.0)))
 (let (($x113439 (>= boundary 9)))
 (let ((?x62503 (ite $x113439 (* 1.0 x_125) 0.0)))
 (let ((?x83167 (+ ?x62503 ?x71866)))
 (let (($x36144 (= read_value x_125)))
 (let (($x102234 (and (and (= read_index 17) (not false)) (= boundary (- phase_1097 1)))))
 (let (($x20287 (and (and (= read_index 16) (not false)) (= boundary (- phase_1052 1)))))
 (let (($x29624 (and (and (= read_index 15) (not false)) (= boundary (- phase_1051 1)))))
 (let (($x129020 (and (and (= read_index 14) (not false)) (= boundary (- phase_1049 1)))))
 (let (($x94918 (and (and (= read_index 13) (not false)) (= boundary (- phase_1047 1)))))
 (let (($x95614 (and (and (= read_index 12) (not false)) (= boundary (- phase_801 1)))))
 (let (($x31937 (and (and (= read_index 11) (not false)) (= boundary (- phase_794 1)))))
 (let (($x165372 (and (and (= read_index 10) (not false)) (= boundary (- phase_786 1)))))
 (let (($x170612 (and (and (= read_index 9) (not false)) (= boundary (- phase_242 1)))))
 (let (($x222830 (and (and (= read_index 8) (not false)) (= boundary (- phase_221 1)))))
 (let (($x195737 (and (and (= read_index 7) (not false)) (= boundary (- phase_197 1)))))
 (let (($x97724 (and (and (= read_index 6) (not false)) (= boundary (- phase_159 1)))))
 (let (($x97348 (and (and (= read_index 5) (not false)) (= boundary (- phase_158 1)))))
 (let (($x86908 (and (and (= read_index 4) (not false)) (= boundary (- phase_157 1)))))
 (let (($x165520 (= read_index 3)))
 (let (($x144433 (and (and $x165520 (not (= phase_48 (- phase_128 1)))) (= boundary (- phase_128 2)))))
 (let (($x148216 (and (and (= read_index 2) (not false)) (= boundary (- phase_126 1)))))
 (let (($x70928 (and (and (= read_index 1) (not false)) (= boundary (- phase_125 1)))))
 (let (($x29424 (and (and (= read_index 0) (not false)) (= boundary (- phase_64 1)))))
 (let (($x222237 (or (and $x29424 $x36144) (and $x70928 $x36144) (and $x148216 $x36144) (and $x144433 $x36144) (and $x86908 $x36144) (and $x97348 $x36144) (and $x97724 $x36144) (and $x195737 $x36144) (and $x222830 $x36144) (and $x170612 $x36144) (and $x165372 $x36144) (and $x31937 $x36144) (and $x95614 $x36144) (and $x94918 $x36144) (and $x129020 $x36144) (and $x29624 $x36144) (and $x20287 $x36144) (and $x102234 $x36144))))
 (and $x222237 (and (distinct ?x83167 read_value) true))))))))))))))))))))))))))))))
(check-sat)
