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
(declare-fun x_504 () Real)
(declare-fun boundary () Int)
(declare-fun x_7 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_4 2))
(assert
 (= phase_13 1))
(assert
 (= phase_16 0))
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
 (= phase_49 0))
(assert
 (= phase_62 3))
(assert
 (= phase_104 8))
(assert
 (= phase_193 12))
(assert
 (= phase_195 10))
(assert
 (= phase_226 14))
(assert
 (= phase_435 26))
(assert
 (= phase_458 34))
(assert
 (let ((?x40839 (* 1.0 x_504)))
 (let (($x39142 (>= boundary 37)))
 (let ((?x43017 (ite $x39142 ?x40839 0.0)))
 (let ((?x28651 (* (- 1.0) x_7)))
 (let (($x64524 (>= boundary 35)))
 (let ((?x34370 (ite $x64524 ?x28651 0.0)))
 (let (($x24469 (>= boundary (- 1))))
 (let ((?x24556 (ite $x24469 (* 1.0 x_7) 0.0)))
 (let ((?x85744 (+ ?x24556 ?x34370 ?x43017)))
 (let (($x128362 (= read_value x_504)))
 (let (($x39267 (= read_value x_7)))
 (let (($x90200 (and (and (= read_index 17) (not false)) (= boundary (- phase_458 1)))))
 (let (($x63982 (and (and (= read_index 16) (not false)) (= boundary (- phase_435 1)))))
 (let (($x100145 (and (and (= read_index 15) (not false)) (= boundary (- phase_226 1)))))
 (let (($x100176 (and (and (= read_index 14) (not false)) (= boundary (- phase_195 1)))))
 (let (($x109558 (and (and (= read_index 13) (not false)) (= boundary (- phase_193 1)))))
 (let (($x23073 (and (and (= read_index 12) (not false)) (= boundary (- phase_104 1)))))
 (let (($x79750 (and (and (= read_index 11) (not false)) (= boundary (- phase_62 2)))))
 (let (($x118364 (and (and (= read_index 10) (not false)) (= boundary (- phase_49 1)))))
 (let (($x78900 (and (and (= read_index 9) (not false)) (= boundary (- phase_47 2)))))
 (let (($x101352 (and (and (= read_index 8) (not false)) (= boundary (- phase_43 1)))))
 (let (($x131791 (and (and (= read_index 7) (not false)) (= boundary (- phase_28 2)))))
 (let (($x36725 (and (and (= read_index 6) (not false)) (= boundary (- phase_23 1)))))
 (let (($x41524 (and (and (= read_index 5) (not false)) (= boundary (- phase_20 1)))))
 (let (($x129797 (and (and (= read_index 4) (not false)) (= boundary (- phase_18 1)))))
 (let (($x111751 (and (and (= read_index 3) (not false)) (= boundary (- phase_17 1)))))
 (let (($x105282 (and (and (= read_index 2) (not false)) (= boundary (- phase_16 1)))))
 (let (($x69003 (and (and (= read_index 1) (not false)) (= boundary (- phase_13 2)))))
 (let (($x31353 (and (and (= read_index 0) (not false)) (= boundary (- phase_4 1)))))
 (let (($x57756 (or (and $x31353 $x39267) (and $x69003 $x39267) (and $x105282 $x39267) (and $x111751 $x39267) (and $x129797 $x39267) (and $x41524 $x39267) (and $x36725 $x39267) (and $x131791 $x39267) (and $x101352 $x39267) (and $x78900 $x39267) (and $x118364 $x39267) (and $x79750 $x39267) (and $x23073 $x39267) (and $x109558 $x39267) (and $x100176 $x39267) (and $x100145 $x39267) (and $x63982 $x39267) (and $x90200 $x39267) (and (and (= read_index 18) (= boundary 39)) $x128362))))
 (and $x57756 (and (distinct ?x85744 read_value) true)))))))))))))))))))))))))))))))))
(check-sat)
