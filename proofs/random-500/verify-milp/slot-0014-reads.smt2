(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_0 () Int)
(declare-fun phase_4 () Int)
(declare-fun phase_14 () Int)
(declare-fun phase_17 () Int)
(declare-fun phase_20 () Int)
(declare-fun phase_22 () Int)
(declare-fun phase_26 () Int)
(declare-fun phase_29 () Int)
(declare-fun phase_39 () Int)
(declare-fun phase_49 () Int)
(declare-fun phase_80 () Int)
(declare-fun phase_83 () Int)
(declare-fun phase_95 () Int)
(declare-fun phase_131 () Int)
(declare-fun phase_285 () Int)
(declare-fun phase_452 () Int)
(declare-fun phase_479 () Int)
(declare-fun phase_498 () Int)
(declare-fun read_value () Real)
(declare-fun x_14 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_0 1))
(assert
 (= phase_4 2))
(assert
 (= phase_14 2))
(assert
 (= phase_17 0))
(assert
 (= phase_20 2))
(assert
 (= phase_22 2))
(assert
 (= phase_26 10))
(assert
 (= phase_29 2))
(assert
 (= phase_39 2))
(assert
 (= phase_49 4))
(assert
 (= phase_80 5))
(assert
 (= phase_83 6))
(assert
 (= phase_95 5))
(assert
 (= phase_131 10))
(assert
 (= phase_285 18))
(assert
 (= phase_452 38))
(assert
 (= phase_479 38))
(assert
 (= phase_498 38))
(assert
 (let ((?x31034 (* (- 1.0) x_14)))
 (let (($x54498 (>= boundary 39)))
 (let ((?x33342 (ite $x54498 ?x31034 0.0)))
 (let ((?x49515 (+ (ite (>= boundary (- 1)) (* 1.0 x_14) 0.0) ?x33342)))
 (let (($x54236 (= read_value x_14)))
 (let (($x91288 (and (and (= read_index 17) (not false)) (= boundary (- phase_498 1)))))
 (let (($x114823 (and (and (= read_index 16) (not false)) (= boundary (- phase_479 1)))))
 (let (($x42088 (and (and (= read_index 15) (not false)) (= boundary (- phase_452 1)))))
 (let (($x105465 (and (and (= read_index 14) (not false)) (= boundary (- phase_285 1)))))
 (let (($x56778 (and (and (= read_index 13) (not false)) (= boundary (- phase_131 1)))))
 (let (($x114780 (and (and (= read_index 12) (not false)) (= boundary (- phase_95 2)))))
 (let (($x107492 (and (and (= read_index 11) (not false)) (= boundary (- phase_83 1)))))
 (let (($x113225 (and (and (= read_index 10) (not false)) (= boundary (- phase_80 2)))))
 (let (($x111445 (and (and (= read_index 9) (not false)) (= boundary (- phase_49 1)))))
 (let (($x60288 (and (and (= read_index 8) (not false)) (= boundary (- phase_39 1)))))
 (let (($x112002 (and (and (= read_index 7) (not false)) (= boundary (- phase_29 1)))))
 (let (($x124971 (and (and (= read_index 6) (not false)) (= boundary (- phase_26 1)))))
 (let (($x92379 (and (and (= read_index 5) (not false)) (= boundary (- phase_22 1)))))
 (let (($x115079 (and (and (= read_index 4) (not false)) (= boundary (- phase_20 1)))))
 (let (($x111440 (and (and (= read_index 3) (not false)) (= boundary (- phase_17 1)))))
 (let (($x112424 (and (and (= read_index 2) (not false)) (= boundary (- phase_14 1)))))
 (let (($x105538 (and (and (= read_index 1) (not false)) (= boundary (- phase_4 1)))))
 (let (($x46293 (and (and (= read_index 0) (not false)) (= boundary (- phase_0 2)))))
 (let (($x85710 (or (and $x46293 $x54236) (and $x105538 $x54236) (and $x112424 $x54236) (and $x111440 $x54236) (and $x115079 $x54236) (and $x92379 $x54236) (and $x124971 $x54236) (and $x112002 $x54236) (and $x60288 $x54236) (and $x111445 $x54236) (and $x113225 $x54236) (and $x107492 $x54236) (and $x114780 $x54236) (and $x56778 $x54236) (and $x105465 $x54236) (and $x42088 $x54236) (and $x114823 $x54236) (and $x91288 $x54236))))
 (and $x85710 (and (distinct ?x49515 read_value) true)))))))))))))))))))))))))))
(check-sat)
