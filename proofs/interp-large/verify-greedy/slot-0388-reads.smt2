(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_732 () Int)
(declare-fun phase_733 () Int)
(declare-fun phase_734 () Int)
(declare-fun phase_736 () Int)
(declare-fun phase_737 () Int)
(declare-fun phase_738 () Int)
(declare-fun phase_739 () Int)
(declare-fun phase_740 () Int)
(declare-fun read_value () Real)
(declare-fun x_1032 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_732 22))
(assert
 (= phase_733 22))
(assert
 (= phase_734 22))
(assert
 (= phase_736 22))
(assert
 (= phase_737 22))
(assert
 (= phase_738 22))
(assert
 (= phase_739 22))
(assert
 (= phase_740 22))
(assert
 (let ((?x64485 (* (- 1.0) x_1032)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x139947 (ite $x24162 ?x64485 0.0)))
 (let ((?x144676 (+ (ite (>= boundary 21) (* 1.0 x_1032) 0.0) ?x139947)))
 (let (($x29199 (= read_value x_1032)))
 (let (($x168093 (and (and (= read_index 7) (not false)) (= boundary (- phase_740 1)))))
 (let (($x3363 (and (and (= read_index 6) (not false)) (= boundary (- phase_739 1)))))
 (let (($x123097 (and (and (= read_index 5) (not false)) (= boundary (- phase_738 1)))))
 (let (($x158668 (and (and (= read_index 4) (not false)) (= boundary (- phase_737 1)))))
 (let (($x64977 (and (and (= read_index 3) (not false)) (= boundary (- phase_736 1)))))
 (let (($x165944 (and (and (= read_index 2) (not false)) (= boundary (- phase_734 1)))))
 (let (($x75826 (and (and (= read_index 1) (not false)) (= boundary (- phase_733 1)))))
 (let (($x27766 (and (and (= read_index 0) (not false)) (= boundary (- phase_732 1)))))
 (let (($x71848 (or (and $x27766 $x29199) (and $x75826 $x29199) (and $x165944 $x29199) (and $x64977 $x29199) (and $x158668 $x29199) (and $x123097 $x29199) (and $x3363 $x29199) (and $x168093 $x29199))))
 (and $x71848 (and (distinct ?x144676 read_value) true)))))))))))))))))
(check-sat)
