(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_12 () Int)
(declare-fun phase_15 () Int)
(declare-fun phase_49 () Int)
(declare-fun phase_52 () Int)
(declare-fun phase_55 () Int)
(declare-fun phase_58 () Int)
(declare-fun phase_61 () Int)
(declare-fun phase_64 () Int)
(declare-fun phase_67 () Int)
(declare-fun phase_70 () Int)
(declare-fun phase_959 () Int)
(declare-fun phase_979 () Int)
(declare-fun phase_995 () Int)
(declare-fun phase_1011 () Int)
(declare-fun phase_1027 () Int)
(declare-fun phase_1043 () Int)
(declare-fun phase_1059 () Int)
(declare-fun phase_1075 () Int)
(declare-fun phase_1090 () Int)
(declare-fun read_value () Real)
(declare-fun x_1348 () Real)
(declare-fun boundary () Int)
(declare-fun x_80 () Real)
(declare-fun x_6 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_12 4))
(assert
 (= phase_15 6))
(assert
 (= phase_49 10))
(assert
 (= phase_52 10))
(assert
 (= phase_55 10))
(assert
 (= phase_58 10))
(assert
 (= phase_61 10))
(assert
 (= phase_64 10))
(assert
 (= phase_67 10))
(assert
 (= phase_70 10))
(assert
 (= phase_959 18))
(assert
 (= phase_979 22))
(assert
 (= phase_995 26))
(assert
 (= phase_1011 30))
(assert
 (= phase_1027 34))
(assert
 (= phase_1043 38))
(assert
 (= phase_1059 42))
(assert
 (= phase_1075 46))
(assert
 (= phase_1090 7))
(assert
 (let ((?x137955 (* (- 1.0) x_80)))
 (let (($x130502 (>= boundary 47)))
 (let ((?x140087 (ite $x130502 ?x137955 0.0)))
 (let ((?x113873 (* (- 1.0) x_6)))
 (let (($x152189 (>= boundary 5)))
 (let ((?x116323 (ite $x152189 ?x113873 0.0)))
 (let ((?x186828 (+ (ite (>= boundary (- 1)) (* 1.0 x_6) 0.0) ?x116323 (ite (>= boundary 7) (* 1.0 x_80) 0.0) ?x140087 (ite (>= boundary 51) (* 1.0 x_1348) 0.0))))
 (let (($x144682 (= read_value x_1348)))
 (let (($x138269 (= read_value x_80)))
 (let (($x198876 (= read_index 17)))
 (let (($x207906 (and (and $x198876 (not (= phase_15 (- phase_1090 1)))) (= boundary (- phase_1090 2)))))
 (let (($x88752 (and (and (= read_index 16) (not false)) (= boundary (- phase_1075 1)))))
 (let (($x189269 (and (and (= read_index 15) (not false)) (= boundary (- phase_1059 1)))))
 (let (($x50682 (and (and (= read_index 14) (not false)) (= boundary (- phase_1043 1)))))
 (let (($x223743 (and (and (= read_index 13) (not false)) (= boundary (- phase_1027 1)))))
 (let (($x56264 (and (and (= read_index 12) (not false)) (= boundary (- phase_1011 1)))))
 (let (($x189103 (and (and (= read_index 11) (not false)) (= boundary (- phase_995 1)))))
 (let (($x152744 (and (and (= read_index 10) (not false)) (= boundary (- phase_979 1)))))
 (let (($x149124 (and (and (= read_index 9) (not false)) (= boundary (- phase_959 1)))))
 (let (($x149885 (and (and (= read_index 8) (not false)) (= boundary (- phase_70 1)))))
 (let (($x86951 (and (and (= read_index 7) (not false)) (= boundary (- phase_67 1)))))
 (let (($x30566 (and (and (= read_index 6) (not false)) (= boundary (- phase_64 1)))))
 (let (($x195828 (and (and (= read_index 5) (not false)) (= boundary (- phase_61 1)))))
 (let (($x12789 (and (and (= read_index 4) (not false)) (= boundary (- phase_58 1)))))
 (let (($x114532 (and (and (= read_index 3) (not false)) (= boundary (- phase_55 1)))))
 (let (($x186811 (and (and (= read_index 2) (not false)) (= boundary (- phase_52 1)))))
 (let (($x131384 (and (and (= read_index 1) (not false)) (= boundary (- phase_49 1)))))
 (let (($x73635 (= read_value x_6)))
 (let (($x57510 (and (and (= read_index 0) (not false)) (= boundary (- phase_12 1)))))
 (let (($x223996 (or (and $x57510 $x73635) (and $x131384 $x138269) (and $x186811 $x138269) (and $x114532 $x138269) (and $x12789 $x138269) (and $x195828 $x138269) (and $x30566 $x138269) (and $x86951 $x138269) (and $x149885 $x138269) (and $x149124 $x138269) (and $x152744 $x138269) (and $x189103 $x138269) (and $x56264 $x138269) (and $x223743 $x138269) (and $x50682 $x138269) (and $x189269 $x138269) (and $x88752 $x138269) (and $x207906 $x138269) (and (and (= read_index 18) (= boundary 51)) $x144682))))
 (and $x223996 (and (distinct ?x186828 read_value) true)))))))))))))))))))))))))))))))))
(check-sat)
