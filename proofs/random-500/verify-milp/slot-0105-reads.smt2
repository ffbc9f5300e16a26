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
 (= phase_246 16))
(assert
 (= phase_350 33))
(assert
 (= phase_485 38))
(assert
 (let ((?x111625 (* (- 1.0) x_92)))
 (let (($x54498 (>= boundary 39)))
 (let ((?x123457 (ite $x54498 ?x111625 0.0)))
 (let ((?x128608 (+ (ite (>= boundary 7) (* 1.0 x_92) 0.0) ?x123457)))
 (let (($x115004 (= read_value x_92)))
 (let (($x90520 (and (and (= read_index 5) (not false)) (= boundary (- phase_485 1)))))
 (let (($x70907 (= read_index 4)))
 (let (($x113094 (and (and $x70907 (not (= phase_71 (- phase_350 1)))) (= boundary (- phase_350 2)))))
 (let (($x112146 (and (and (= read_index 3) (not false)) (= boundary (- phase_246 1)))))
 (let (($x109953 (and (and (= read_index 2) (not false)) (= boundary (- phase_146 1)))))
 (let (($x98864 (and (and (= read_index 1) (not false)) (= boundary (- phase_138 1)))))
 (let (($x112675 (and (and (= read_index 0) (not false)) (= boundary (- phase_131 1)))))
 (let (($x114405 (or (and $x112675 $x115004) (and $x98864 $x115004) (and $x109953 $x115004) (and $x112146 $x115004) (and $x113094 $x115004) (and $x90520 $x115004))))
 (and $x114405 (and (distinct ?x128608 read_value) true))))))))))))))))
(check-sat)
