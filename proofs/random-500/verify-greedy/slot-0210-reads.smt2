(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_220 () Int)
(declare-fun phase_272 () Int)
(declare-fun phase_280 () Int)
(declare-fun phase_454 () Int)
(declare-fun phase_492 () Int)
(declare-fun phase_493 () Int)
(declare-fun phase_494 () Int)
(declare-fun read_value () Real)
(declare-fun x_480 () Real)
(declare-fun boundary () Int)
(declare-fun x_252 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_220 14))
(assert
 (= phase_272 19))
(assert
 (= phase_280 18))
(assert
 (= phase_454 30))
(assert
 (= phase_492 29))
(assert
 (= phase_493 30))
(assert
 (= phase_494 38))
(assert
 (let ((?x130844 (* (- 1.0) x_480)))
 (let (($x86258 (>= boundary 39)))
 (let ((?x128363 (ite $x86258 ?x130844 0.0)))
 (let ((?x100735 (* (- 1.0) x_252)))
 (let (($x121819 (>= boundary 19)))
 (let ((?x100910 (ite $x121819 ?x100735 0.0)))
 (let ((?x122886 (+ (ite (>= boundary 15) (* 1.0 x_252) 0.0) ?x100910 (ite (>= boundary 27) (* 1.0 x_480) 0.0) ?x128363)))
 (let (($x118181 (= read_value x_480)))
 (let (($x30889 (and (and (= read_index 5) (not false)) (= boundary (- phase_494 1)))))
 (let (($x100722 (and (and (= read_index 4) (not false)) (= boundary (- phase_493 1)))))
 (let (($x129641 (and (and (= read_index 3) (not false)) (= boundary (- phase_492 2)))))
 (let (($x54222 (and (and (= read_index 2) (not false)) (= boundary (- phase_454 1)))))
 (let (($x111755 (= read_value x_252)))
 (let (($x101137 (and (and (= read_index 1) (not false)) (= boundary (- phase_280 1)))))
 (let (($x59209 (= read_index 0)))
 (let (($x111443 (and (and $x59209 (not (= phase_220 (- phase_272 1)))) (= boundary (- phase_272 2)))))
 (let (($x114304 (or (and $x111443 $x111755) (and $x101137 $x111755) (and $x54222 $x118181) (and $x129641 $x118181) (and $x100722 $x118181) (and $x30889 $x118181))))
 (and $x114304 (and (distinct ?x122886 read_value) true))))))))))))))))))))
(check-sat)
