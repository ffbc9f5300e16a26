(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_765 () Int)
(declare-fun phase_766 () Int)
(declare-fun phase_767 () Int)
(declare-fun phase_768 () Int)
(declare-fun phase_769 () Int)
(declare-fun phase_770 () Int)
(declare-fun phase_772 () Int)
(declare-fun phase_773 () Int)
(declare-fun read_value () Real)
(declare-fun x_1061 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_765 22))
(assert
 (= phase_766 22))
(assert
 (= phase_767 22))
(assert
 (= phase_768 22))
(assert
 (= phase_769 22))
(assert
 (= phase_770 22))
(assert
 (= phase_772 22))
(assert
 (= phase_773 22))
(assert
 (let ((?x112432 (* (- 1.0) x_1061)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x133577 (ite $x24162 ?x112432 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x85629 (ite $x208249 (* 1.0 x_1061) 0.0)))
 (let ((?x147067 (+ ?x85629 ?x133577)))
 (let (($x68528 (= read_value x_1061)))
 (let (($x123818 (and (and (= read_index 7) (not false)) (= boundary (- phase_773 1)))))
 (let (($x72246 (and (and (= read_index 6) (not false)) (= boundary (- phase_772 1)))))
 (let (($x50388 (and (and (= read_index 5) (not false)) (= boundary (- phase_770 1)))))
 (let (($x153059 (and (and (= read_index 4) (not false)) (= boundary (- phase_769 1)))))
 (let (($x245263 (and (and (= read_index 3) (not false)) (= boundary (- phase_768 1)))))
 (let (($x145548 (and (and (= read_index 2) (not false)) (= boundary (- phase_767 1)))))
 (let (($x64392 (and (and (= read_index 1) (not false)) (= boundary (- phase_766 1)))))
 (let (($x48233 (and (and (= read_index 0) (not false)) (= boundary (- phase_765 1)))))
 (let (($x54230 (or (and $x48233 $x68528) (and $x64392 $x68528) (and $x145548 $x68528) (and $x245263 $x68528) (and $x153059 $x68528) (and $x50388 $x68528) (and $x72246 $x68528) (and $x123818 $x68528))))
 (and $x54230 (and (distinct ?x147067 read_value) true)))))))))))))))))))
(check-sat)
