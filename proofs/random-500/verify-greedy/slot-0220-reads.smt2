(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_264 () Int)
(declare-fun phase_268 () Int)
(declare-fun phase_376 () Int)
(declare-fun phase_493 () Int)
(declare-fun read_value () Real)
(declare-fun x_281 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_264 22))
(assert
 (= phase_268 16))
(assert
 (= phase_376 26))
(assert
 (= phase_493 30))
(assert
 (let ((?x109074 (* (- 1.0) x_281)))
 (let (($x23693 (>= boundary 31)))
 (let ((?x111854 (ite $x23693 ?x109074 0.0)))
 (let (($x39044 (>= boundary 15)))
 (let ((?x72869 (ite $x39044 (* 1.0 x_281) 0.0)))
 (let ((?x126734 (+ ?x72869 ?x111854)))
 (let (($x111265 (= read_value x_281)))
 (let (($x16509 (and (and (= read_index 3) (not false)) (= boundary (- phase_493 1)))))
 (let (($x38854 (and (and (= read_index 2) (not false)) (= boundary (- phase_376 1)))))
 (let (($x92177 (and (and (= read_index 1) (not false)) (= boundary (- phase_268 1)))))
 (let (($x110229 (and (and (= read_index 0) (not false)) (= boundary (- phase_264 1)))))
 (let (($x7932 (or (and $x110229 $x111265) (and $x92177 $x111265) (and $x38854 $x111265) (and $x16509 $x111265))))
 (and $x7932 (and (distinct ?x126734 read_value) true)))))))))))))))
(check-sat)
