(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_228 () Int)
(declare-fun phase_250 () Int)
(declare-fun phase_276 () Int)
(declare-fun phase_279 () Int)
(declare-fun phase_299 () Int)
(declare-fun read_value () Real)
(declare-fun x_260 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_228 14))
(assert
 (= phase_250 15))
(assert
 (= phase_276 18))
(assert
 (= phase_279 16))
(assert
 (= phase_299 20))
(assert
 (let ((?x110910 (* (- 1.0) x_260)))
 (let (($x121827 (>= boundary 21)))
 (let ((?x114442 (ite $x121827 ?x110910 0.0)))
 (let ((?x129714 (+ (ite (>= boundary 15) (* 1.0 x_260) 0.0) ?x114442)))
 (let (($x105219 (= read_value x_260)))
 (let (($x109049 (and (and (= read_index 3) (not false)) (= boundary (- phase_299 1)))))
 (let (($x105200 (and (and (= read_index 2) (not false)) (= boundary (- phase_279 1)))))
 (let (($x63575 (and (and (= read_index 1) (not false)) (= boundary (- phase_276 1)))))
 (let (($x59209 (= read_index 0)))
 (let (($x102089 (and (and $x59209 (not (= phase_228 (- phase_250 1)))) (= boundary (- phase_250 2)))))
 (let (($x111900 (or (and $x102089 $x105219) (and $x63575 $x105219) (and $x105200 $x105219) (and $x109049 $x105219))))
 (and $x111900 (and (distinct ?x129714 read_value) true))))))))))))))
(check-sat)
