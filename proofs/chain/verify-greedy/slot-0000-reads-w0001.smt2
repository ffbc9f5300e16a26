(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_0 () Int)
(declare-fun phase_2 () Int)
(declare-fun phase_3 () Int)
(declare-fun phase_5 () Int)
(declare-fun phase_6 () Int)
(declare-fun phase_8 () Int)
(declare-fun phase_9 () Int)
(declare-fun phase_11 () Int)
(declare-fun phase_12 () Int)
(declare-fun phase_15 () Int)
(declare-fun phase_16 () Int)
(declare-fun phase_18 () Int)
(declare-fun phase_19 () Int)
(declare-fun phase_21 () Int)
(declare-fun phase_22 () Int)
(declare-fun phase_28 () Int)
(declare-fun phase_29 () Int)
(declare-fun phase_31 () Int)
(declare-fun phase_32 () Int)
(declare-fun phase_41 () Int)
(declare-fun phase_42 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_0 0))
(assert
 (= phase_2 2))
(assert
 (= phase_3 2))
(assert
 (= phase_5 6))
(assert
 (= phase_6 6))
(assert
 (= phase_8 10))
(assert
 (= phase_9 10))
(assert
 (= phase_11 14))
(assert
 (= phase_12 14))
(assert
 (= phase_15 6))
(assert
 (= phase_16 6))
(assert
 (= phase_18 10))
(assert
 (= phase_19 10))
(assert
 (= phase_21 14))
(assert
 (= phase_22 14))
(assert
 (= phase_28 10))
(assert
 (= phase_29 10))
(assert
 (= phase_31 14))
(assert
 (= phase_32 14))
(assert
 (= phase_41 14))
(assert
 (= phase_42 14))
(assert
 (let ((?x135 (+ phase_0 1)))
 (let (($x136 (> ?x135 (- 1))))
 (let ((?x138 (ite $x136 ?x135 (- 1))))
 (= window_start_contents (ite (and (and true (<= (- 1) (- 1))) (< (- 1) ?x138)) x_0 0.0))))))
(assert
 (let (($x22735 (and (distinct window_start_contents read_value) true)))
 (let (($x22739 (not (and (and true (> boundary (- 1))) (<= boundary 13)))))
 (let (($x22691 (or $x22739 $x22735)))
 (let (($x2131 (= read_value x_0)))
 (let (($x24261 (and (and (= read_index 30) (not false)) (= boundary (- phase_42 1)))))
 (let (($x23888 (and $x24261 $x2131)))
 (let (($x24249 (and (and (= read_index 29) (not false)) (= boundary (- phase_41 1)))))
 (let (($x22984 (and $x24249 $x2131)))
 (let (($x24113 (and (and (= read_index 23) (not false)) (= boundary (- phase_32 1)))))
 (let (($x23984 (and $x24113 $x2131)))
 (let (($x23322 (and (and (= read_index 22) (not false)) (= boundary (- phase_31 1)))))
 (let (($x23314 (and $x23322 $x2131)))
 (let (($x23719 (and (and (= read_index 21) (not false)) (= boundary (- phase_29 1)))))
 (let (($x4942 (and $x23719 $x2131)))
 (let (($x23994 (and (and (= read_index 20) (not false)) (= boundary (- phase_28 1)))))
 (let (($x23982 (and $x23994 $x2131)))
 (let (($x22473 (and (and (= read_index 16) (not false)) (= boundary (- phase_22 1)))))
 (let (($x22443 (and $x22473 $x2131)))
 (let (($x22304 (and (and (= read_index 15) (not false)) (= boundary (- phase_21 1)))))
 (let (($x22284 (and $x22304 $x2131)))
 (let (($x22500 (and (and (= read_index 14) (not false)) (= boundary (- phase_19 1)))))
 (let (($x22470 (and $x22500 $x2131)))
 (let (($x22604 (and (and (= read_index 13) (not false)) (= boundary (- phase_18 1)))))
 (let (($x22528 (and $x22604 $x2131)))
 (let (($x22664 (and (and (= read_index 12) (not false)) (= boundary (- phase_16 1)))))
 (let (($x22674 (and $x22664 $x2131)))
 (let (($x24244 (and (and (= read_index 11) (not false)) (= boundary (- phase_15 1)))))
 (let (($x23258 (and $x24244 $x2131)))
 (let (($x23418 (and (and (= read_index 9) (not false)) (= boundary (- phase_12 1)))))
 (let (($x5881 (and $x23418 $x2131)))
 (let (($x70848 (and (and (= read_index 8) (not false)) (= boundary (- phase_11 1)))))
 (let (($x23119 (and $x70848 $x2131)))
 (let (($x22560 (and (and (= read_index 7) (not false)) (= boundary (- phase_9 1)))))
 (let (($x23770 (and $x22560 $x2131)))
 (let (($x24304 (and (and (= read_index 6) (not false)) (= boundary (- phase_8 1)))))
 (let (($x12332 (and $x24304 $x2131)))
 (let (($x23590 (and (and (= read_index 5) (not false)) (= boundary (- phase_6 1)))))
 (let (($x23336 (and $x23590 $x2131)))
 (let (($x24334 (and (and (= read_index 4) (not false)) (= boundary (- phase_5 1)))))
 (let (($x24945 (and $x24334 $x2131)))
 (let (($x21401 (and (and (= read_index 3) (not false)) (= boundary (- phase_3 1)))))
 (let (($x22917 (and $x21401 $x2131)))
 (let (($x6022 (and (and (= read_index 2) (not false)) (= boundary (- phase_2 1)))))
 (let (($x6044 (and $x6022 $x2131)))
 (let (($x22709 (or $x6044 $x22917 $x24945 $x23336 $x12332 $x23770 $x23119 $x5881 $x23258 $x22674 $x22528 $x22470 $x22284 $x22443 $x23982 $x4942 $x23314 $x23984 $x22984 $x23888)))
 (and $x22709 $x22691)))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
