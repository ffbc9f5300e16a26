(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_71 () Int)
(declare-fun phase_131 () Int)
(declare-fun phase_138 () Int)
(declare-fun phase_146 () Int)
(declare-fun phase_246 () Int)
(declare-fun phase_350 () Int)
(declare-fun phase_485 () Int)
(declare-fun read_value () Real)
(declare-fun x_92 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_71 6))
(assert
 (= phase_131 10))
(assert
 (= phase_138 10))
(assert
 (= phase_146 10))
(assert
 (= phase_246 12))
(assert
 (= phase_350 25))
(assert
 (= phase_485 38))
(assert
 (let ((?x77875 (* (- 1.0) x_92)))
 (let (($x86258 (>= boundary 39)))
 (let ((?x86353 (ite $x86258 ?x77875 0.0)))
 (let (($x132459 (>= boundary 7)))
 (let ((?x68795 (ite $x132459 (* 1.0 x_92) 0.0)))
 (let ((?x90586 (+ ?x68795 ?x86353)))
 (let (($x110768 (= read_value x_92)))
 (let (($x119753 (and (and (= read_index 5) (not false)) (= boundary (- phase_485 1)))))
 (let (($x136524 (= read_index 4)))
 (let (($x26239 (and (and $x136524 (not (= phase_71 (- phase_350 1)))) (= boundary (- phase_350 2)))))
 (let (($x131184 (and (and (= read_index 3) (not false)) (= boundary (- phase_246 1)))))
 (let (($x16247 (and (and (= read_index 2) (not false)) (= boundary (- phase_146 1)))))
 (let (($x89983 (and (and (= read_index 1) (not false)) (= boundary (- phase_138 1)))))
 (let (($x109287 (and (and (= read_index 0) (not false)) (= boundary (- phase_131 1)))))
 (let (($x75207 (or (and $x109287 $x110768) (and $x89983 $x110768) (and $x16247 $x110768) (and $x131184 $x110768) (and $x26239 $x110768) (and $x119753 $x110768))))
 (and $x75207 (and (distinct ?x90586 read_value) true))))))))))))))))))
(check-sat)
