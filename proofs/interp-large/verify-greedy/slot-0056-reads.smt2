(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_30 () Int)
(declare-fun phase_46 () Int)
(declare-fun phase_963 () Int)
(declare-fun phase_983 () Int)
(declare-fun phase_999 () Int)
(declare-fun phase_1015 () Int)
(declare-fun phase_1031 () Int)
(declare-fun phase_1047 () Int)
(declare-fun phase_1063 () Int)
(declare-fun phase_1079 () Int)
(declare-fun phase_1090 () Int)
(declare-fun read_value () Real)
(declare-fun x_95 () Real)
(declare-fun boundary () Int)
(declare-fun x_64 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_30 6))
(assert
 (= phase_46 4))
(assert
 (= phase_963 46))
(assert
 (= phase_983 46))
(assert
 (= phase_999 46))
(assert
 (= phase_1015 46))
(assert
 (= phase_1031 46))
(assert
 (= phase_1047 46))
(assert
 (= phase_1063 46))
(assert
 (= phase_1079 46))
(assert
 (= phase_1090 7))
(assert
 (let ((?x219071 (* (- 1.0) x_95)))
 (let (($x130502 (>= boundary 47)))
 (let ((?x219692 (ite $x130502 ?x219071 0.0)))
 (let (($x191692 (>= boundary 7)))
 (let ((?x213374 (ite $x191692 (* 1.0 x_95) 0.0)))
 (let ((?x129319 (* (- 1.0) x_64)))
 (let (($x152189 (>= boundary 5)))
 (let ((?x130060 (ite $x152189 ?x129319 0.0)))
 (let (($x191626 (>= boundary 3)))
 (let ((?x125960 (ite $x191626 (* 1.0 x_64) 0.0)))
 (let ((?x224793 (+ ?x125960 ?x130060 ?x213374 ?x219692)))
 (let (($x221663 (= read_value x_95)))
 (let (($x191872 (= read_index 9)))
 (let (($x47748 (and (and $x191872 (not (= phase_30 (- phase_1090 1)))) (= boundary (- phase_1090 2)))))
 (let (($x66309 (and (and (= read_index 8) (not false)) (= boundary (- phase_1079 1)))))
 (let (($x211675 (and (and (= read_index 7) (not false)) (= boundary (- phase_1063 1)))))
 (let (($x38712 (and (and (= read_index 6) (not false)) (= boundary (- phase_1047 1)))))
 (let (($x139190 (and (and (= read_index 5) (not false)) (= boundary (- phase_1031 1)))))
 (let (($x253099 (and (and (= read_index 4) (not false)) (= boundary (- phase_1015 1)))))
 (let (($x123135 (and (and (= read_index 3) (not false)) (= boundary (- phase_999 1)))))
 (let (($x94583 (and (and (= read_index 2) (not false)) (= boundary (- phase_983 1)))))
 (let (($x209091 (and (and (= read_index 1) (not false)) (= boundary (- phase_963 1)))))
 (let (($x134170 (= read_value x_64)))
 (let (($x106930 (and (and (= read_index 0) (not false)) (= boundary (- phase_46 1)))))
 (let (($x173659 (or (and $x106930 $x134170) (and $x209091 $x221663) (and $x94583 $x221663) (and $x123135 $x221663) (and $x253099 $x221663) (and $x139190 $x221663) (and $x38712 $x221663) (and $x211675 $x221663) (and $x66309 $x221663) (and $x47748 $x221663))))
 (and $x173659 (and (distinct ?x224793 read_value) true))))))))))))))))))))))))))))
(check-sat)
