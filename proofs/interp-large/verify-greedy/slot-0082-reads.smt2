(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_42 () Int)
(declare-fun phase_969 () Int)
(declare-fun phase_989 () Int)
(declare-fun phase_1005 () Int)
(declare-fun phase_1021 () Int)
(declare-fun phase_1031 () Int)
(declare-fun phase_1037 () Int)
(declare-fun phase_1041 () Int)
(declare-fun phase_1053 () Int)
(declare-fun phase_1069 () Int)
(declare-fun phase_1085 () Int)
(declare-fun phase_1090 () Int)
(declare-fun read_value () Real)
(declare-fun x_1425 () Real)
(declare-fun boundary () Int)
(declare-fun x_107 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_42 6))
(assert
 (= phase_969 26))
(assert
 (= phase_989 26))
(assert
 (= phase_1005 26))
(assert
 (= phase_1021 26))
(assert
 (= phase_1031 46))
(assert
 (= phase_1037 26))
(assert
 (= phase_1041 51))
(assert
 (= phase_1053 26))
(assert
 (= phase_1069 26))
(assert
 (= phase_1085 26))
(assert
 (= phase_1090 7))
(assert
 (let ((?x152042 (* (- 1.0) x_1425)))
 (let (($x251235 (>= boundary 51)))
 (let ((?x155659 (ite $x251235 ?x152042 0.0)))
 (let ((?x56686 (* (- 1.0) x_107)))
 (let (($x127239 (>= boundary 27)))
 (let ((?x64145 (ite $x127239 ?x56686 0.0)))
 (let ((?x164834 (+ (ite (>= boundary 7) (* 1.0 x_107) 0.0) ?x64145 (ite (>= boundary 47) (* 1.0 x_1425) 0.0) ?x155659)))
 (let (($x211966 (= read_value x_1425)))
 (let (($x191872 (= read_index 9)))
 (let (($x174978 (and (and $x191872 (not (= phase_1031 (- phase_1041 1)))) (= boundary (- phase_1041 2)))))
 (let (($x137000 (= read_value x_107)))
 (let (($x26712 (= read_index 8)))
 (let (($x167803 (and (and $x26712 (not (= phase_42 (- phase_1090 1)))) (= boundary (- phase_1090 2)))))
 (let (($x61536 (and (and (= read_index 7) (not false)) (= boundary (- phase_1085 1)))))
 (let (($x227697 (and (and (= read_index 6) (not false)) (= boundary (- phase_1069 1)))))
 (let (($x158546 (and (and (= read_index 5) (not false)) (= boundary (- phase_1053 1)))))
 (let (($x183843 (and (and (= read_index 4) (not false)) (= boundary (- phase_1037 1)))))
 (let (($x100600 (and (and (= read_index 3) (not false)) (= boundary (- phase_1021 1)))))
 (let (($x219469 (and (and (= read_index 2) (not false)) (= boundary (- phase_1005 1)))))
 (let (($x182665 (and (and (= read_index 1) (not false)) (= boundary (- phase_989 1)))))
 (let (($x111805 (and (and (= read_index 0) (not false)) (= boundary (- phase_969 1)))))
 (let (($x104984 (or (and $x111805 $x137000) (and $x182665 $x137000) (and $x219469 $x137000) (and $x100600 $x137000) (and $x183843 $x137000) (and $x158546 $x137000) (and $x227697 $x137000) (and $x61536 $x137000) (and $x167803 $x137000) (and $x174978 $x211966))))
 (and $x104984 (and (distinct ?x164834 read_value) true)))))))))))))))))))))))))
(check-sat)
