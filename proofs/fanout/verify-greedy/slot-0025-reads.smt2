(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_16 () Int)
(declare-fun phase_52 () Int)
(declare-fun phase_89 () Int)
(declare-fun phase_126 () Int)
(declare-fun phase_163 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_32 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_16 2))
(assert
 (= phase_52 6))
(assert
 (= phase_89 6))
(assert
 (= phase_126 6))
(assert
 (= phase_163 10))
(assert
 (= phase_282 3))
(assert
 (let ((?x29951 (* (- 1.0) x_32)))
 (let (($x18406 (>= boundary 11)))
 (let ((?x33273 (ite $x18406 ?x29951 0.0)))
 (let (($x17771 (>= boundary 3)))
 (let ((?x29917 (ite $x17771 (* 1.0 x_32) 0.0)))
 (let ((?x33910 (+ ?x29917 ?x33273)))
 (let (($x80525 (= read_value x_32)))
 (let (($x105111 (= read_index 4)))
 (let (($x21053 (and (and $x105111 (not (= phase_16 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x8271 (and (and (= read_index 3) (not false)) (= boundary (- phase_163 1)))))
 (let (($x53767 (and (and (= read_index 2) (not false)) (= boundary (- phase_126 1)))))
 (let (($x70042 (and (and (= read_index 1) (not false)) (= boundary (- phase_89 1)))))
 (let (($x60340 (and (and (= read_index 0) (not false)) (= boundary (- phase_52 1)))))
 (let (($x21634 (or (and $x60340 $x80525) (and $x70042 $x80525) (and $x53767 $x80525) (and $x8271 $x80525) (and $x21053 $x80525))))
 (and $x21634 (and (distinct ?x33910 read_value) true)))))))))))))))))
(check-sat)
