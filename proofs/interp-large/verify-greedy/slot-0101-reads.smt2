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
 (= phase_70 10))
(assert
 (= phase_133 38))
(assert
 (= phase_134 38))
(assert
 (= phase_136 39))
(assert
 (= phase_165 10))
(assert
 (= phase_166 10))
(assert
 (= phase_167 10))
(assert
 (= phase_175 10))
(assert
 (= phase_176 10))
(assert
 (= phase_203 42))
(assert
 (= phase_227 46))
(assert
 (= phase_244 12))
(assert
 (= phase_788 12))
(assert
 (= phase_1079 46))
(assert
 (= phase_1081 50))
(assert
 (= phase_1083 18))
(assert
 (= phase_1084 18))
(assert
 (= phase_1099 10))
(assert
 (let ((?x47733 (* (- 1.0) x_127)))
 (let (($x251235 (>= boundary 51)))
 (let ((?x55863 (ite $x251235 ?x47733 0.0)))
 (let ((?x61963 (+ (ite (>= boundary 9) (* 1.0 x_127) 0.0) ?x55863)))
 (let (($x99157 (= read_value x_127)))
 (let (($x164804 (and (and (= read_index 17) (not false)) (= boundary (- phase_1099 1)))))
 (let (($x149558 (and (and (= read_index 16) (not false)) (= boundary (- phase_1084 1)))))
 (let (($x79438 (and (and (= read_index 15) (not false)) (= boundary (- phase_1083 1)))))
 (let (($x219376 (and (and (= read_index 14) (not false)) (= boundary (- phase_1081 1)))))
 (let (($x157431 (and (and (= read_index 13) (not false)) (= boundary (- phase_1079 1)))))
 (let (($x33555 (and (and (= read_index 12) (not false)) (= boundary (- phase_788 1)))))
 (let (($x182450 (and (and (= read_index 11) (not false)) (= boundary (- phase_244 1)))))
 (let (($x50006 (and (and (= read_index 10) (not false)) (= boundary (- phase_227 1)))))
 (let (($x39366 (and (and (= read_index 9) (not false)) (= boundary (- phase_203 1)))))
 (let (($x53171 (and (and (= read_index 8) (not false)) (= boundary (- phase_176 1)))))
 (let (($x163096 (and (and (= read_index 7) (not false)) (= boundary (- phase_175 1)))))
 (let (($x107271 (and (and (= read_index 6) (not false)) (= boundary (- phase_167 1)))))
 (let (($x227758 (and (and (= read_index 5) (not false)) (= boundary (- phase_166 1)))))
 (let (($x113900 (and (and (= read_index 4) (not false)) (= boundary (- phase_165 1)))))
 (let (($x144657 (= read_index 3)))
 (let (($x144709 (and (and $x144657 (not (= phase_48 (- phase_136 1)))) (= boundary (- phase_136 2)))))
 (let (($x181322 (and (and (= read_index 2) (not false)) (= boundary (- phase_134 1)))))
 (let (($x125332 (and (and (= read_index 1) (not false)) (= boundary (- phase_133 1)))))
 (let (($x63002 (and (and (= read_index 0) (not false)) (= boundary (- phase_70 1)))))
 (let (($x194346 (or (and $x63002 $x99157) (and $x125332 $x99157) (and $x181322 $x99157) (and $x144709 $x99157) (and $x113900 $x99157) (and $x227758 $x99157) (and $x107271 $x99157) (and $x163096 $x99157) (and $x53171 $x99157) (and $x39366 $x99157) (and $x50006 $x99157) (and $x182450 $x99157) (and $x33555 $x99157) (and $x157431 $x99157) (and $x219376 $x99157) (and $x79438 $x99157) (and $x149558 $x99157) (and $x164804 $x99157))))
 (and $x194346 (and (distinct ?x61963 read_value) true))))))))))))))))))))))))))))
(check-sat)
