(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_153 () Int)
(declare-fun phase_173 () Int)
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
(declare-fun phase_367 () Int)
(declare-fun phase_390 () Int)
(declare-fun x_1 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_153 16))
(assert
 (= phase_173 16))
(assert
 (= phase_246 16))
(assert
 (= phase_247 16))
(assert
 (= phase_277 20))
(assert
 (= phase_299 20))
(assert
 (= phase_301 24))
(assert
 (= phase_305 24))
(assert
 (= phase_316 24))
(assert
 (= phase_321 24))
(assert
 (= phase_325 20))
(assert
 (= phase_329 26))
(assert
 (= phase_334 24))
(assert
 (= phase_344 28))
(assert
 (= phase_345 28))
(assert
 (= phase_367 28))
(assert
 (= phase_390 28))
(assert
 (let ((?x30111 (ite (and (and true (<= (- 1) 11)) (< 11 536870911)) x_1 0.0)))
 (= window_start_contents ?x30111)))
(assert
 (let (($x6205 (or (not (and (and true (> boundary 11)) (<= boundary 27))) (and (distinct window_start_contents read_value) true))))
 (let (($x115195 (= read_value x_1)))
 (let (($x70284 (and (and (= read_index 35) (not false)) (= boundary (- phase_390 1)))))
 (let (($x23333 (and (and (= read_index 33) (not false)) (= boundary (- phase_367 1)))))
 (let (($x54838 (and (and (= read_index 32) (not false)) (= boundary (- phase_345 1)))))
 (let (($x12403 (and (and (= read_index 31) (not false)) (= boundary (- phase_344 1)))))
 (let (($x67977 (and (and (= read_index 30) (not false)) (= boundary (- phase_334 1)))))
 (let (($x26921 (and (and (= read_index 29) (not false)) (= boundary (- phase_329 1)))))
 (let (($x46088 (and (and (= read_index 28) (not false)) (= boundary (- phase_325 1)))))
 (let (($x53924 (and (and (= read_index 27) (not false)) (= boundary (- phase_321 1)))))
 (let (($x70283 (and (and (= read_index 26) (not false)) (= boundary (- phase_316 1)))))
 (let (($x129758 (and (and (= read_index 25) (not false)) (= boundary (- phase_305 1)))))
 (let (($x58372 (and (and (= read_index 24) (not false)) (= boundary (- phase_301 1)))))
 (let (($x57123 (and (and (= read_index 23) (not false)) (= boundary (- phase_299 1)))))
 (let (($x33815 (and (and (= read_index 22) (not false)) (= boundary (- phase_277 1)))))
 (let (($x65205 (and (and (= read_index 21) (not false)) (= boundary (- phase_247 1)))))
 (let (($x1458 (and (and (= read_index 20) (not false)) (= boundary (- phase_246 1)))))
 (let (($x22517 (and (and (= read_index 15) (not false)) (= boundary (- phase_173 1)))))
 (let (($x128004 (and (and (= read_index 13) (not false)) (= boundary (- phase_153 1)))))
 (let (($x70625 (or (and $x128004 $x115195) (and $x22517 $x115195) (and $x1458 $x115195) (and $x65205 $x115195) (and $x33815 $x115195) (and $x57123 $x115195) (and $x58372 $x115195) (and $x129758 $x115195) (and $x70283 $x115195) (and $x53924 $x115195) (and $x46088 $x115195) (and $x26921 $x115195) (and $x67977 $x115195) (and $x12403 $x115195) (and $x54838 $x115195) (and $x23333 $x115195) (and $x70284 $x115195))))
 (let (($x58523 (and $x70625 $x6205)))
 (let ((?x46261 (ite (and (and true (<= (- 1) boundary)) (< boundary 536870911)) x_1 0.0)))
 (let (($x63326 (and (distinct window_start_contents ?x46261) true)))
 (let (($x55140 (<= boundary 27)))
 (let (($x42589 (> boundary 11)))
 (let (($x48299 (and true $x42589)))
 (let (($x55403 (and $x48299 $x55140)))
 (let (($x35941 (<= boundary 39)))
 (let (($x15932 (>= boundary (- 1))))
 (let (($x35923 (and (= boundary (+ (* 2 boundary_half) 1)) $x15932)))
 (let (($x36073 (and $x35923 $x35941)))
 (let (($x56613 (and $x36073 $x55403)))
 (let (($x112580 (and $x56613 $x63326)))
 (or $x112580 $x58523)))))))))))))))))))))))))))))))))))
(check-sat)
