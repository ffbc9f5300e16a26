(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_34 () Int)
(declare-fun phase_964 () Int)
(declare-fun phase_984 () Int)
(declare-fun phase_1000 () Int)
(declare-fun phase_1016 () Int)
(declare-fun phase_1032 () Int)
(declare-fun phase_1048 () Int)
(declare-fun phase_1064 () Int)
(declare-fun phase_1080 () Int)
(declare-fun phase_1090 () Int)
(declare-fun read_value () Real)
(declare-fun x_99 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_34 6))
(assert
 (= phase_964 50))
(assert
 (= phase_984 50))
(assert
 (= phase_1000 50))
(assert
 (= phase_1016 50))
(assert
 (= phase_1032 50))
(assert
 (= phase_1048 50))
(assert
 (= phase_1064 50))
(assert
 (= phase_1080 50))
(assert
 (= phase_1090 7))
(assert
 (let ((?x125121 (* (- 1.0) x_99)))
 (let (($x306816 (>= boundary 51)))
 (let ((?x129915 (ite $x306816 ?x125121 0.0)))
 (let (($x33429 (>= boundary 7)))
 (let ((?x80972 (ite $x33429 (* 1.0 x_99) 0.0)))
 (let ((?x144411 (+ ?x80972 ?x129915)))
 (let (($x87449 (= read_value x_99)))
 (let (($x188886 (= read_index 8)))
 (let (($x114100 (and (and $x188886 (not (= phase_34 (- phase_1090 1)))) (= boundary (- phase_1090 2)))))
 (let (($x144008 (and (and (= read_index 7) (not false)) (= boundary (- phase_1080 1)))))
 (let (($x158764 (and (and (= read_index 6) (not false)) (= boundary (- phase_1064 1)))))
 (let (($x134740 (and (and (= read_index 5) (not false)) (= boundary (- phase_1048 1)))))
 (let (($x193041 (and (and (= read_index 4) (not false)) (= boundary (- phase_1032 1)))))
 (let (($x148108 (and (and (= read_index 3) (not false)) (= boundary (- phase_1016 1)))))
 (let (($x105597 (and (and (= read_index 2) (not false)) (= boundary (- phase_1000 1)))))
 (let (($x185297 (and (and (= read_index 1) (not false)) (= boundary (- phase_984 1)))))
 (let (($x63343 (and (and (= read_index 0) (not false)) (= boundary (- phase_964 1)))))
 (let (($x27551 (or (and $x63343 $x87449) (and $x185297 $x87449) (and $x105597 $x87449) (and $x148108 $x87449) (and $x193041 $x87449) (and $x134740 $x87449) (and $x158764 $x87449) (and $x144008 $x87449) (and $x114100 $x87449))))
 (and $x27551 (and (distinct ?x144411 read_value) true)))))))))))))))))))))
(check-sat)
