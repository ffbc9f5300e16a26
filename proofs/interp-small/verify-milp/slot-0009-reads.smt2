(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_12 () Int)
(declare-fun phase_39 () Int)
(declare-fun phase_53 () Int)
(declare-fun phase_54 () Int)
(declare-fun phase_56 () Int)
(declare-fun phase_69 () Int)
(declare-fun phase_70 () Int)
(declare-fun phase_72 () Int)
(declare-fun phase_85 () Int)
(declare-fun phase_86 () Int)
(declare-fun phase_87 () Int)
(declare-fun phase_113 () Int)
(declare-fun phase_125 () Int)
(declare-fun phase_146 () Int)
(declare-fun phase_157 () Int)
(declare-fun phase_159 () Int)
(declare-fun phase_197 () Int)
(declare-fun read_value () Real)
(declare-fun x_78 () Real)
(declare-fun boundary () Int)
(declare-fun x_9 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_12 4))
(assert
 (= phase_39 8))
(assert
 (= phase_53 14))
(assert
 (= phase_54 14))
(assert
 (= phase_56 15))
(assert
 (= phase_69 10))
(assert
 (= phase_70 10))
(assert
 (= phase_72 19))
(assert
 (= phase_85 18))
(assert
 (= phase_86 18))
(assert
 (= phase_87 18))
(assert
 (= phase_113 30))
(assert
 (= phase_125 30))
(assert
 (= phase_146 34))
(assert
 (= phase_157 34))
(assert
 (= phase_159 34))
(assert
 (= phase_197 34))
(assert
 (let ((?x6553 (* (- 1.0) x_78)))
 (let (($x21637 (>= boundary 35)))
 (let ((?x9227 (ite $x21637 ?x6553 0.0)))
 (let (($x16708 (>= boundary 9)))
 (let ((?x6184 (ite $x16708 (* 1.0 x_78) 0.0)))
 (let ((?x3790 (* (- 1.0) x_9)))
 (let (($x25164 (>= boundary 5)))
 (let ((?x4540 (ite $x25164 ?x3790 0.0)))
 (let (($x46572 (>= boundary (- 1))))
 (let ((?x3136 (ite $x46572 (* 1.0 x_9) 0.0)))
 (let ((?x10949 (+ ?x3136 ?x4540 ?x6184 ?x9227)))
 (let (($x16698 (= read_value x_78)))
 (let (($x1777 (and (and (= read_index 15) (not false)) (= boundary (- phase_197 1)))))
 (let (($x7109 (and (and (= read_index 14) (not false)) (= boundary (- phase_159 1)))))
 (let (($x5208 (and (and (= read_index 13) (not false)) (= boundary (- phase_157 1)))))
 (let (($x17595 (and (and (= read_index 12) (not false)) (= boundary (- phase_146 1)))))
 (let (($x13138 (and (and (= read_index 11) (not false)) (= boundary (- phase_125 1)))))
 (let (($x17023 (and (and (= read_index 10) (not false)) (= boundary (- phase_113 1)))))
 (let (($x14900 (and (and (= read_index 9) (not false)) (= boundary (- phase_87 1)))))
 (let (($x15175 (and (and (= read_index 8) (not false)) (= boundary (- phase_86 1)))))
 (let (($x32374 (and (and (= read_index 7) (not false)) (= boundary (- phase_85 1)))))
 (let (($x22983 (and (and (= read_index 6) (not (= phase_39 (- phase_72 1)))) (= boundary (- phase_72 2)))))
 (let (($x22068 (and (and (= read_index 5) (not false)) (= boundary (- phase_70 1)))))
 (let (($x22493 (and (and (= read_index 4) (not false)) (= boundary (- phase_69 1)))))
 (let (($x14934 (and (and (= read_index 3) (not (= phase_39 (- phase_56 1)))) (= boundary (- phase_56 2)))))
 (let (($x59653 (and (and (= read_index 2) (not false)) (= boundary (- phase_54 1)))))
 (let (($x14607 (and (and (= read_index 1) (not false)) (= boundary (- phase_53 1)))))
 (let (($x9949 (= read_value x_9)))
 (let (($x6224 (and (and (= read_index 0) (not false)) (= boundary (- phase_12 1)))))
 (let (($x20470 (or (and $x6224 $x9949) (and $x14607 $x16698) (and $x59653 $x16698) (and $x14934 $x16698) (and $x22493 $x16698) (and $x22068 $x16698) (and $x22983 $x16698) (and $x32374 $x16698) (and $x15175 $x16698) (and $x14900 $x16698) (and $x17023 $x16698) (and $x13138 $x16698) (and $x17595 $x16698) (and $x5208 $x16698) (and $x7109 $x16698) (and $x1777 $x16698))))
 (and $x20470 (and (distinct ?x10949 read_value) true)))))))))))))))))))))))))))))))))
(check-sat)
