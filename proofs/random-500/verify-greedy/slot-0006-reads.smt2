(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_11 () Int)
(declare-fun phase_13 () Int)
(declare-fun phase_21 () Int)
(declare-fun phase_59 () Int)
(declare-fun phase_66 () Int)
(declare-fun phase_87 () Int)
(declare-fun phase_122 () Int)
(declare-fun phase_129 () Int)
(declare-fun phase_403 () Int)
(declare-fun phase_417 () Int)
(declare-fun phase_461 () Int)
(declare-fun phase_466 () Int)
(declare-fun phase_469 () Int)
(declare-fun phase_494 () Int)
(declare-fun read_value () Real)
(declare-fun x_469 () Real)
(declare-fun boundary () Int)
(declare-fun x_6 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_11 0))
(assert
 (= phase_13 1))
(assert
 (= phase_21 2))
(assert
 (= phase_59 6))
(assert
 (= phase_66 6))
(assert
 (= phase_87 6))
(assert
 (= phase_122 1))
(assert
 (= phase_129 10))
(assert
 (= phase_403 32))
(assert
 (= phase_417 34))
(assert
 (= phase_461 38))
(assert
 (= phase_466 35))
(assert
 (= phase_469 30))
(assert
 (= phase_494 38))
(assert
 (let ((?x100556 (* (- 1.0) x_469)))
 (let (($x86258 (>= boundary 39)))
 (let ((?x109190 (ite $x86258 ?x100556 0.0)))
 (let (($x64524 (>= boundary 35)))
 (let ((?x100164 (ite $x64524 (* 1.0 x_469) 0.0)))
 (let ((?x81927 (* (- 1.0) x_6)))
 (let (($x91408 (>= boundary 33)))
 (let ((?x86230 (ite $x91408 ?x81927 0.0)))
 (let (($x24469 (>= boundary (- 1))))
 (let ((?x54264 (ite $x24469 (* 1.0 x_6) 0.0)))
 (let ((?x118183 (+ ?x54264 ?x86230 ?x100164 ?x109190)))
 (let (($x31856 (= read_value x_469)))
 (let (($x110949 (and (and (= read_index 12) (not false)) (= boundary (- phase_494 1)))))
 (let (($x17706 (= read_index 11)))
 (let (($x104828 (and (and $x17706 (not (= phase_417 (- phase_466 1)))) (= boundary (- phase_466 2)))))
 (let (($x35163 (and (and (= read_index 10) (not false)) (= boundary (- phase_461 1)))))
 (let (($x56365 (= read_value x_6)))
 (let (($x41080 (and (and (= read_index 9) (not false)) (= boundary (- phase_469 1)))))
 (let (($x56342 (and (and (= read_index 8) (not false)) (= boundary (- phase_403 1)))))
 (let (($x100159 (and (and (= read_index 7) (not false)) (= boundary (- phase_129 1)))))
 (let (($x93133 (and (and (= read_index 6) (not false)) (= boundary (- phase_122 2)))))
 (let (($x128391 (and (and (= read_index 5) (not false)) (= boundary (- phase_87 1)))))
 (let (($x127640 (and (and (= read_index 4) (not false)) (= boundary (- phase_66 1)))))
 (let (($x82694 (and (and (= read_index 3) (not false)) (= boundary (- phase_59 1)))))
 (let (($x90200 (and (and (= read_index 2) (not false)) (= boundary (- phase_21 1)))))
 (let (($x94563 (and (and (= read_index 1) (not false)) (= boundary (- phase_13 2)))))
 (let (($x52137 (and (and (= read_index 0) (not false)) (= boundary (- phase_11 1)))))
 (let (($x100200 (or (and $x52137 $x56365) (and $x94563 $x56365) (and $x90200 $x56365) (and $x82694 $x56365) (and $x127640 $x56365) (and $x128391 $x56365) (and $x93133 $x56365) (and $x100159 $x56365) (and $x56342 $x56365) (and $x41080 $x56365) (and $x35163 $x31856) (and $x104828 $x31856) (and $x110949 $x31856))))
 (and $x100200 (and (distinct ?x118183 read_value) true)))))))))))))))))))))))))))))))
(check-sat)
