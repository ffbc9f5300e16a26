(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_259 () Int)
(declare-fun phase_270 () Int)
(declare-fun phase_277 () Int)
(declare-fun phase_281 () Int)
(declare-fun phase_283 () Int)
(declare-fun phase_454 () Int)
(declare-fun read_value () Real)
(declare-fun x_257 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_259 24))
(assert
 (= phase_270 22))
(assert
 (= phase_277 20))
(assert
 (= phase_281 17))
(assert
 (= phase_283 26))
(assert
 (= phase_454 38))
(assert
 (let ((?x102656 (* (- 1.0) x_257)))
 (let (($x54498 (>= boundary 39)))
 (let ((?x106091 (ite $x54498 ?x102656 0.0)))
 (let (($x28618 (>= boundary 15)))
 (let ((?x41604 (ite $x28618 (* 1.0 x_257) 0.0)))
 (let ((?x112372 (+ ?x41604 ?x106091)))
 (let (($x115365 (= read_value x_257)))
 (let (($x126893 (and (and (= read_index 5) (not false)) (= boundary (- phase_454 1)))))
 (let (($x132109 (and (and (= read_index 4) (not false)) (= boundary (- phase_283 1)))))
 (let (($x35288 (and (and (= read_index 3) (not false)) (= boundary (- phase_281 2)))))
 (let (($x107569 (and (and (= read_index 2) (not false)) (= boundary (- phase_277 1)))))
 (let (($x11030 (and (and (= read_index 1) (not false)) (= boundary (- phase_270 1)))))
 (let (($x108432 (and (and (= read_index 0) (not false)) (= boundary (- phase_259 1)))))
 (let (($x43732 (or (and $x108432 $x115365) (and $x11030 $x115365) (and $x107569 $x115365) (and $x35288 $x115365) (and $x132109 $x115365) (and $x126893 $x115365))))
 (and $x43732 (and (distinct ?x112372 read_value) true)))))))))))))))))
(check-sat)
