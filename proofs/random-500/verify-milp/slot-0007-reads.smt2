(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_4 () Int)
(declare-fun phase_13 () Int)
(declare-fun phase_16 () Int)
(declare-fun phase_17 () Int)
(declare-fun phase_18 () Int)
(declare-fun phase_20 () Int)
(declare-fun phase_23 () Int)
(declare-fun phase_28 () Int)
(declare-fun phase_43 () Int)
(declare-fun phase_47 () Int)
(declare-fun phase_49 () Int)
(declare-fun phase_62 () Int)
(declare-fun phase_104 () Int)
(declare-fun phase_193 () Int)
(declare-fun phase_195 () Int)
(declare-fun phase_226 () Int)
(declare-fun phase_435 () Int)
(declare-fun phase_458 () Int)
(declare-fun read_value () Real)
(declare-fun x_7 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_4 2))
(assert
 (= phase_13 1))
(assert
 (= phase_16 4))
(assert
 (= phase_17 0))
(assert
 (= phase_18 2))
(assert
 (= phase_20 2))
(assert
 (= phase_23 2))
(assert
 (= phase_28 1))
(assert
 (= phase_43 0))
(assert
 (= phase_47 1))
(assert
 (= phase_49 4))
(assert
 (= phase_62 5))
(assert
 (= phase_104 8))
(assert
 (= phase_193 12))
(assert
 (= phase_195 10))
(assert
 (= phase_226 14))
(assert
 (= phase_435 34))
(assert
 (= phase_458 38))
(assert
 (let ((?x43982 (* (- 1.0) x_7)))
 (let (($x54498 (>= boundary 39)))
 (let ((?x98749 (ite $x54498 ?x43982 0.0)))
 (let ((?x102381 (+ (ite (>= boundary (- 1)) (* 1.0 x_7) 0.0) ?x98749)))
 (let (($x53036 (= read_value x_7)))
 (let (($x98827 (and (and (= read_index 17) (not false)) (= boundary (- phase_458 1)))))
 (let (($x41144 (and (and (= read_index 16) (not false)) (= boundary (- phase_435 1)))))
 (let (($x112768 (and (and (= read_index 15) (not false)) (= boundary (- phase_226 1)))))
 (let (($x107377 (and (and (= read_index 14) (not false)) (= boundary (- phase_195 1)))))
 (let (($x101077 (and (and (= read_index 13) (not false)) (= boundary (- phase_193 1)))))
 (let (($x106473 (and (and (= read_index 12) (not false)) (= boundary (- phase_104 1)))))
 (let (($x67350 (and (and (= read_index 11) (not false)) (= boundary (- phase_62 2)))))
 (let (($x102838 (and (and (= read_index 10) (not false)) (= boundary (- phase_49 1)))))
 (let (($x103280 (and (and (= read_index 9) (not false)) (= boundary (- phase_47 2)))))
 (let (($x115048 (and (and (= read_index 8) (not false)) (= boundary (- phase_43 1)))))
 (let (($x106062 (and (and (= read_index 7) (not false)) (= boundary (- phase_28 2)))))
 (let (($x108616 (and (and (= read_index 6) (not false)) (= boundary (- phase_23 1)))))
 (let (($x103392 (and (and (= read_index 5) (not false)) (= boundary (- phase_20 1)))))
 (let (($x104296 (and (and (= read_index 4) (not false)) (= boundary (- phase_18 1)))))
 (let (($x101105 (and (and (= read_index 3) (not false)) (= boundary (- phase_17 1)))))
 (let (($x106380 (and (and (= read_index 2) (not false)) (= boundary (- phase_16 1)))))
 (let (($x94811 (and (and (= read_index 1) (not false)) (= boundary (- phase_13 2)))))
 (let (($x41456 (and (and (= read_index 0) (not false)) (= boundary (- phase_4 1)))))
 (let (($x98582 (or (and $x41456 $x53036) (and $x94811 $x53036) (and $x106380 $x53036) (and $x101105 $x53036) (and $x104296 $x53036) (and $x103392 $x53036) (and $x108616 $x53036) (and $x106062 $x53036) (and $x115048 $x53036) (and $x103280 $x53036) (and $x102838 $x53036) (and $x67350 $x53036) (and $x106473 $x53036) (and $x101077 $x53036) (and $x107377 $x53036) (and $x112768 $x53036) (and $x41144 $x53036) (and $x98827 $x53036))))
 (and $x98582 (and (distinct ?x102381 read_value) true)))))))))))))))))))))))))))
(check-sat)
