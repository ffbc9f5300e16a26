(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_153 () Int)
(declare-fun phase_186 () Int)
(declare-fun phase_193 () Int)
(declare-fun phase_205 () Int)
(declare-fun phase_237 () Int)
(declare-fun phase_246 () Int)
(declare-fun phase_247 () Int)
(declare-fun phase_277 () Int)
(declare-fun phase_299 () Int)
(declare-fun phase_301 () Int)
(declare-fun phase_305 () Int)
(declare-fun phase_316 () Int)
(declare-fun phase_321 () Int)
(declare-fun phase_325 () Int)
(declare-fun phase_329 () Int)
(declare-fun phase_334 () Int)
(declare-fun phase_344 () Int)
(declare-fun phase_345 () Int)
(declare-fun phase_370 () Int)
(declare-fun x_1 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_153 12))
(assert
 (= phase_186 12))
(assert
 (= phase_193 12))
(assert
 (= phase_205 12))
(assert
 (= phase_237 12))
(assert
 (= phase_246 12))
(assert
 (= phase_247 16))
(assert
 (= phase_277 16))
(assert
 (= phase_299 20))
(assert
 (= phase_301 20))
(assert
 (= phase_305 24))
(assert
 (= phase_316 24))
(assert
 (= phase_321 24))
(assert
 (= phase_325 20))
(assert
 (= phase_329 22))
(assert
 (= phase_334 24))
(assert
 (= phase_344 24))
(assert
 (= phase_345 24))
(assert
 (= phase_370 16))
(assert
 (let ((?x36054 (ite (and (and true (<= (- 1) 9)) (< 9 536870911)) x_1 0.0)))
 (= window_start_contents ?x36054)))
(assert
 (let (($x5302 (or (not (and (and true (> boundary 9)) (<= boundary 23))) (and (distinct window_start_contents read_value) true))))
 (let (($x129514 (= read_value x_1)))
 (let (($x119482 (and (and (= read_index 34) (not false)) (= boundary (- phase_370 1)))))
 (let (($x44740 (and (and (= read_index 32) (not false)) (= boundary (- phase_345 1)))))
 (let (($x127498 (and (and (= read_index 31) (not false)) (= boundary (- phase_344 1)))))
 (let (($x32777 (and (and (= read_index 30) (not false)) (= boundary (- phase_334 1)))))
 (let (($x68681 (and (and (= read_index 29) (not false)) (= boundary (- phase_329 1)))))
 (let (($x109190 (and (and (= read_index 28) (not false)) (= boundary (- phase_325 1)))))
 (let (($x109538 (and (and (= read_index 27) (not false)) (= boundary (- phase_321 1)))))
 (let (($x6181 (and (and (= read_index 26) (not false)) (= boundary (- phase_316 1)))))
 (let (($x52955 (and (and (= read_index 25) (not false)) (= boundary (- phase_305 1)))))
 (let (($x44891 (and (and (= read_index 24) (not false)) (= boundary (- phase_301 1)))))
 (let (($x130827 (and (and (= read_index 23) (not false)) (= boundary (- phase_299 1)))))
 (let (($x10590 (and (and (= read_index 22) (not false)) (= boundary (- phase_277 1)))))
 (let (($x99048 (and (and (= read_index 21) (not false)) (= boundary (- phase_247 1)))))
 (let (($x30156 (and (and (= read_index 20) (not false)) (= boundary (- phase_246 1)))))
 (let (($x36082 (and (and (= read_index 19) (not false)) (= boundary (- phase_237 1)))))
 (let (($x115644 (and (and (= read_index 18) (not false)) (= boundary (- phase_205 1)))))
 (let (($x68870 (and (and (= read_index 17) (not false)) (= boundary (- phase_193 1)))))
 (let (($x27136 (and (and (= read_index 16) (not false)) (= boundary (- phase_186 1)))))
 (let (($x125754 (and (and (= read_index 13) (not false)) (= boundary (- phase_153 1)))))
 (let (($x125759 (or (and $x125754 $x129514) (and $x27136 $x129514) (and $x68870 $x129514) (and $x115644 $x129514) (and $x36082 $x129514) (and $x30156 $x129514) (and $x99048 $x129514) (and $x10590 $x129514) (and $x130827 $x129514) (and $x44891 $x129514) (and $x52955 $x129514) (and $x6181 $x129514) (and $x109538 $x129514) (and $x109190 $x129514) (and $x68681 $x129514) (and $x32777 $x129514) (and $x127498 $x129514) (and $x44740 $x129514) (and $x119482 $x129514))))
 (let (($x100175 (and $x125759 $x5302)))
 (let ((?x61525 (ite (and (and true (<= (- 1) boundary)) (< boundary 536870911)) x_1 0.0)))
 (let (($x105189 (and (distinct window_start_contents ?x61525) true)))
 (let (($x49728 (<= boundary 23)))
 (let (($x32514 (> boundary 9)))
 (let (($x32697 (and true $x32514)))
 (let (($x55062 (and $x32697 $x49728)))
 (let (($x42858 (<= boundary 39)))
 (let (($x24469 (>= boundary (- 1))))
 (let (($x42751 (and (= boundary (+ (* 2 boundary_half) 1)) $x24469)))
 (let (($x42862 (and $x42751 $x42858)))
 (let (($x57776 (and $x42862 $x55062)))
 (let (($x112360 (and $x57776 $x105189)))
 (or $x112360 $x100175)))))))))))))))))))))))))))))))))))))
(check-sat)
