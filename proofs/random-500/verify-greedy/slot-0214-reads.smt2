(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_227 () Int)
(declare-fun phase_259 () Int)
(declare-fun phase_265 () Int)
(declare-fun phase_267 () Int)
(declare-fun read_value () Real)
(declare-fun x_500 () Real)
(declare-fun boundary () Int)
(declare-fun x_259 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_227 14))
(assert
 (= phase_259 16))
(assert
 (= phase_265 16))
(assert
 (= phase_267 15))
(assert
 (let ((?x105817 (* (- 1.0) x_259)))
 (let (($x35998 (>= boundary 17)))
 (let ((?x109255 (ite $x35998 ?x105817 0.0)))
 (let ((?x127072 (+ (ite (>= boundary 15) (* 1.0 x_259) 0.0) ?x109255 (ite (>= boundary 27) (* 1.0 x_500) 0.0))))
 (let (($x100695 (= read_value x_500)))
 (let (($x128806 (= read_value x_259)))
 (let (($x125418 (= read_index 2)))
 (let (($x65884 (and (and $x125418 (not (= phase_227 (- phase_267 1)))) (= boundary (- phase_267 2)))))
 (let (($x35750 (and (and (= read_index 1) (not false)) (= boundary (- phase_265 1)))))
 (let (($x127042 (and (and (= read_index 0) (not false)) (= boundary (- phase_259 1)))))
 (let (($x41536 (or (and $x127042 $x128806) (and $x35750 $x128806) (and $x65884 $x128806) (and (and (= read_index 3) (= boundary 39)) $x100695))))
 (and $x41536 (and (distinct ?x127072 read_value) true))))))))))))))
(check-sat)
