(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_93 () Int)
(declare-fun phase_104 () Int)
(declare-fun phase_128 () Int)
(declare-fun phase_135 () Int)
(declare-fun phase_136 () Int)
(declare-fun phase_147 () Int)
(declare-fun phase_216 () Int)
(declare-fun phase_224 () Int)
(declare-fun phase_226 () Int)
(declare-fun phase_264 () Int)
(declare-fun phase_282 () Int)
(declare-fun phase_291 () Int)
(declare-fun read_value () Real)
(declare-fun x_256 () Real)
(declare-fun boundary () Int)
(declare-fun x_120 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_93 6))
(assert
 (= phase_104 8))
(assert
 (= phase_128 10))
(assert
 (= phase_135 12))
(assert
 (= phase_136 11))
(assert
 (= phase_147 10))
(assert
 (= phase_216 14))
(assert
 (= phase_224 18))
(assert
 (= phase_226 14))
(assert
 (= phase_264 38))
(assert
 (= phase_282 27))
(assert
 (= phase_291 22))
(assert
 (let ((?x111220 (* (- 1.0) x_256)))
 (let (($x54498 (>= boundary 39)))
 (let ((?x111430 (ite $x54498 ?x111220 0.0)))
 (let (($x31973 (>= boundary 19)))
 (let ((?x98684 (ite $x31973 (* 1.0 x_256) 0.0)))
 (let ((?x48747 (* (- 1.0) x_120)))
 (let (($x28618 (>= boundary 15)))
 (let ((?x53945 (ite $x28618 ?x48747 0.0)))
 (let (($x43411 (>= boundary 7)))
 (let ((?x44697 (ite $x43411 (* 1.0 x_120) 0.0)))
 (let ((?x113561 (+ ?x44697 ?x53945 ?x98684 ?x111430)))
 (let (($x115535 (= read_value x_256)))
 (let (($x98230 (and (and (= read_index 9) (not false)) (= boundary (- phase_291 1)))))
 (let (($x70923 (= read_index 8)))
 (let (($x105646 (and (and $x70923 (not (= phase_224 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x19994 (and (and (= read_index 7) (not false)) (= boundary (- phase_264 1)))))
 (let (($x94804 (= read_value x_120)))
 (let (($x46976 (and (and (= read_index 6) (not false)) (= boundary (- phase_226 1)))))
 (let (($x64921 (and (and (= read_index 5) (not false)) (= boundary (- phase_216 1)))))
 (let (($x109135 (and (and (= read_index 4) (not false)) (= boundary (- phase_147 1)))))
 (let (($x126949 (= read_index 3)))
 (let (($x134568 (and (and $x126949 (not (= phase_93 (- phase_136 1)))) (= boundary (- phase_136 2)))))
 (let (($x62070 (and (and (= read_index 2) (not false)) (= boundary (- phase_135 1)))))
 (let (($x115546 (and (and (= read_index 1) (not false)) (= boundary (- phase_128 1)))))
 (let (($x91327 (and (and (= read_index 0) (not false)) (= boundary (- phase_104 1)))))
 (let (($x102877 (or (and $x91327 $x94804) (and $x115546 $x94804) (and $x62070 $x94804) (and $x134568 $x94804) (and $x109135 $x94804) (and $x64921 $x94804) (and $x46976 $x94804) (and $x19994 $x115535) (and $x105646 $x115535) (and $x98230 $x115535))))
 (and $x102877 (and (distinct ?x113561 read_value) true)))))))))))))))))))))))))))))
(check-sat)
