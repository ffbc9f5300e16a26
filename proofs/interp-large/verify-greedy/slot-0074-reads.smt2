(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_34 () Int)
(declare-fun phase_964 () Int)
(declare-fun phase_984 () Int)
(declare-fun phase_1000 () Int)
(declare-fun phase_1016 () Int)
(declare-fun phase_1032 () Int)
(declare-fun phase_1048 () Int)
(declare-fun phase_1064 () Int)
(declare-fun phase_1080 () Int)
(declare-fun phase_1090 () Int)
(declare-fun read_value () Real)
(declare-fun x_99 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_34 6))
(assert
 (= phase_964 50))
(assert
 (= phase_984 50))
(assert
 (= phase_1000 50))
(assert
 (= phase_1016 50))
(assert
 (= phase_1032 50))
(assert
 (= phase_1048 50))
(assert
 (= phase_1064 50))
(assert
 (= phase_1080 50))
(assert
 (= phase_1090 7))
(assert
 (let ((?x52119 (* (- 1.0) x_99)))
 (let (($x251235 (>= boundary 51)))
 (let ((?x56132 (ite $x251235 ?x52119 0.0)))
 (let (($x191692 (>= boundary 7)))
 (let ((?x39392 (ite $x191692 (* 1.0 x_99) 0.0)))
 (let ((?x80403 (+ ?x39392 ?x56132)))
 (let (($x143827 (= read_value x_99)))
 (let (($x26712 (= read_index 8)))
 (let (($x213995 (and (and $x26712 (not (= phase_34 (- phase_1090 1)))) (= boundary (- phase_1090 2)))))
 (let (($x151125 (and (and (= read_index 7) (not false)) (= boundary (- phase_1080 1)))))
 (let (($x64079 (and (and (= read_index 6) (not false)) (= boundary (- phase_1064 1)))))
 (let (($x253098 (and (and (= read_index 5) (not false)) (= boundary (- phase_1048 1)))))
 (let (($x147386 (and (and (= read_index 4) (not false)) (= boundary (- phase_1032 1)))))
 (let (($x21262 (and (and (= read_index 3) (not false)) (= boundary (- phase_1016 1)))))
 (let (($x67679 (and (and (= read_index 2) (not false)) (= boundary (- phase_1000 1)))))
 (let (($x253697 (and (and (= read_index 1) (not false)) (= boundary (- phase_984 1)))))
 (let (($x138275 (and (and (= read_index 0) (not false)) (= boundary (- phase_964 1)))))
 (let (($x67729 (or (and $x138275 $x143827) (and $x253697 $x143827) (and $x67679 $x143827) (and $x21262 $x143827) (and $x147386 $x143827) (and $x253098 $x143827) (and $x64079 $x143827) (and $x151125 $x143827) (and $x213995 $x143827))))
 (and $x67729 (and (distinct ?x80403 read_value) true)))))))))))))))))))))
(check-sat)
