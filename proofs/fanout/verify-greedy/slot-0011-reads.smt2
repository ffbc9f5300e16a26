(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_1 () Int)
(declare-fun phase_2 () Int)
(declare-fun phase_3 () Int)
(declare-fun phase_4 () Int)
(declare-fun phase_5 () Int)
(declare-fun phase_6 () Int)
(declare-fun phase_7 () Int)
(declare-fun phase_8 () Int)
(declare-fun phase_9 () Int)
(declare-fun phase_11 () Int)
(declare-fun phase_12 () Int)
(declare-fun phase_13 () Int)
(declare-fun phase_14 () Int)
(declare-fun phase_15 () Int)
(declare-fun phase_16 () Int)
(declare-fun phase_17 () Int)
(declare-fun phase_18 () Int)
(declare-fun phase_19 () Int)
(declare-fun phase_20 () Int)
(declare-fun phase_21 () Int)
(declare-fun phase_22 () Int)
(declare-fun phase_23 () Int)
(declare-fun phase_24 () Int)
(declare-fun phase_25 () Int)
(declare-fun phase_26 () Int)
(declare-fun phase_27 () Int)
(declare-fun phase_29 () Int)
(declare-fun phase_30 () Int)
(declare-fun phase_31 () Int)
(declare-fun phase_32 () Int)
(declare-fun phase_33 () Int)
(declare-fun phase_34 () Int)
(declare-fun phase_35 () Int)
(declare-fun phase_36 () Int)
(declare-fun read_value () Real)
(declare-fun x_89 () Real)
(declare-fun boundary () Int)
(declare-fun x_11 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_1 2))
(assert
 (= phase_2 2))
(assert
 (= phase_3 2))
(assert
 (= phase_4 2))
(assert
 (= phase_5 2))
(assert
 (= phase_6 2))
(assert
 (= phase_7 2))
(assert
 (= phase_8 2))
(assert
 (= phase_9 2))
(assert
 (= phase_11 2))
(assert
 (= phase_12 2))
(assert
 (= phase_13 2))
(assert
 (= phase_14 2))
(assert
 (= phase_15 2))
(assert
 (= phase_16 2))
(assert
 (= phase_17 2))
(assert
 (= phase_18 2))
(assert
 (= phase_19 2))
(assert
 (= phase_20 2))
(assert
 (= phase_21 2))
(assert
 (= phase_22 2))
(assert
 (= phase_23 2))
(assert
 (= phase_24 2))
(assert
 (= phase_25 2))
(assert
 (= phase_26 2))
(assert
 (= phase_27 2))
(assert
 (= phase_29 2))
(assert
 (= phase_30 2))
(assert
 (= phase_31 2))
(assert
 (= phase_32 2))
(assert
 (= phase_33 2))
(assert
 (= phase_34 2))
(assert
 (= phase_35 2))
(assert
 (= phase_36 2))
(assert
 (let ((?x14426 (* 1.0 x_89)))
 (let (($x14680 (>= boundary 7)))
 (let ((?x18280 (ite $x14680 ?x14426 0.0)))
 (let ((?x5979 (* (- 1.0) x_11)))
 (let (($x17771 (>= boundary 3)))
 (let ((?x8574 (ite $x17771 ?x5979 0.0)))
 (let (($x31234 (>= boundary 1)))
 (let ((?x3568 (ite $x31234 (* 1.0 x_11) 0.0)))
 (let ((?x19944 (+ ?x3568 ?x8574 ?x18280)))
 (let (($x42626 (= read_value x_89)))
 (let (($x18986 (= read_value x_11)))
 (let (($x28949 (and (and (= read_index 33) (not false)) (= boundary (- phase_36 1)))))
 (let (($x72318 (and (and (= read_index 32) (not false)) (= boundary (- phase_35 1)))))
 (let (($x25786 (and (and (= read_index 31) (not false)) (= boundary (- phase_34 1)))))
 (let (($x85297 (and (and (= read_index 30) (not false)) (= boundary (- phase_33 1)))))
 (let (($x31991 (and (and (= read_index 29) (not false)) (= boundary (- phase_32 1)))))
 (let (($x3337 (and (and (= read_index 28) (not false)) (= boundary (- phase_31 1)))))
 (let (($x31498 (and (and (= read_index 27) (not false)) (= boundary (- phase_30 1)))))
 (let (($x28095 (and (and (= read_index 26) (not false)) (= boundary (- phase_29 1)))))
 (let (($x21298 (and (and (= read_index 25) (not false)) (= boundary (- phase_27 1)))))
 (let (($x30237 (and (and (= read_index 24) (not false)) (= boundary (- phase_26 1)))))
 (let (($x84893 (and (and (= read_index 23) (not false)) (= boundary (- phase_25 1)))))
 (let (($x86264 (and (and (= read_index 22) (not false)) (= boundary (- phase_24 1)))))
 (let (($x74420 (and (and (= read_index 21) (not false)) (= boundary (- phase_23 1)))))
 (let (($x84973 (and (and (= read_index 20) (not false)) (= boundary (- phase_22 1)))))
 (let (($x104819 (and (and (= read_index 19) (not false)) (= boundary (- phase_21 1)))))
 (let (($x4331 (and (and (= read_index 18) (not false)) (= boundary (- phase_20 1)))))
 (let (($x7574 (and (and (= read_index 17) (not false)) (= boundary (- phase_19 1)))))
 (let (($x26644 (and (and (= read_index 16) (not false)) (= boundary (- phase_18 1)))))
 (let (($x25781 (and (and (= read_index 15) (not false)) (= boundary (- phase_17 1)))))
 (let (($x31052 (and (and (= read_index 14) (not false)) (= boundary (- phase_16 1)))))
 (let (($x86478 (and (and (= read_index 13) (not false)) (= boundary (- phase_15 1)))))
 (let (($x18863 (and (and (= read_index 12) (not false)) (= boundary (- phase_14 1)))))
 (let (($x30706 (and (and (= read_index 11) (not false)) (= boundary (- phase_13 1)))))
 (let (($x4205 (and (and (= read_index 10) (not false)) (= boundary (- phase_12 1)))))
 (let (($x258 (and (and (= read_index 9) (not false)) (= boundary (- phase_11 1)))))
 (let (($x23270 (and (and (= read_index 8) (not false)) (= boundary (- phase_9 1)))))
 (let (($x84935 (and (and (= read_index 7) (not false)) (= boundary (- phase_8 1)))))
 (let (($x104705 (and (and (= read_index 6) (not false)) (= boundary (- phase_7 1)))))
 (let (($x86035 (and (and (= read_index 5) (not false)) (= boundary (- phase_6 1)))))
 (let (($x74240 (and (and (= read_index 4) (not false)) (= boundary (- phase_5 1)))))
 (let (($x50052 (and (and (= read_index 3) (not false)) (= boundary (- phase_4 1)))))
 (let (($x31036 (and (and (= read_index 2) (not false)) (= boundary (- phase_3 1)))))
 (let (($x23598 (and (and (= read_index 1) (not false)) (= boundary (- phase_2 1)))))
 (let (($x8491 (and (and (= read_index 0) (not false)) (= boundary (- phase_1 1)))))
 (let (($x3100 (or (and $x8491 $x18986) (and $x23598 $x18986) (and $x31036 $x18986) (and $x50052 $x18986) (and $x74240 $x18986) (and $x86035 $x18986) (and $x104705 $x18986) (and $x84935 $x18986) (and $x23270 $x18986) (and $x258 $x18986) (and $x4205 $x18986) (and $x30706 $x18986) (and $x18863 $x18986) (and $x86478 $x18986) (and $x31052 $x18986) (and $x25781 $x18986) (and $x26644 $x18986) (and $x7574 $x18986) (and $x4331 $x18986) (and $x104819 $x18986) (and $x84973 $x18986) (and $x74420 $x18986) (and $x86264 $x18986) (and $x84893 $x18986) (and $x30237 $x18986) (and $x21298 $x18986) (and $x28095 $x18986) (and $x31498 $x18986) (and $x3337 $x18986) (and $x31991 $x18986) (and $x85297 $x18986) (and $x25786 $x18986) (and $x72318 $x18986) (and $x28949 $x18986) (and (and (= read_index 34) (= boundary 11)) $x42626))))
 (and $x3100 (and (distinct ?x19944 read_value) true)))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
