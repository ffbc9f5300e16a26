(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_767 () Int)
(declare-fun phase_768 () Int)
(declare-fun phase_769 () Int)
(declare-fun phase_770 () Int)
(declare-fun phase_772 () Int)
(declare-fun phase_773 () Int)
(declare-fun phase_774 () Int)
(declare-fun phase_775 () Int)
(declare-fun read_value () Real)
(declare-fun x_1063 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
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
 (= phase_774 22))
(assert
 (= phase_775 22))
(assert
 (let ((?x75312 (* (- 1.0) x_1063)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x89506 (ite $x24162 ?x75312 0.0)))
 (let ((?x112173 (+ (ite (>= boundary 21) (* 1.0 x_1063) 0.0) ?x89506)))
 (let (($x157556 (= read_value x_1063)))
 (let (($x95081 (and (and (= read_index 7) (not false)) (= boundary (- phase_775 1)))))
 (let (($x116837 (and (and (= read_index 6) (not false)) (= boundary (- phase_774 1)))))
 (let (($x213369 (and (and (= read_index 5) (not false)) (= boundary (- phase_773 1)))))
 (let (($x78041 (and (and (= read_index 4) (not false)) (= boundary (- phase_772 1)))))
 (let (($x140032 (and (and (= read_index 3) (not false)) (= boundary (- phase_770 1)))))
 (let (($x264868 (and (and (= read_index 2) (not false)) (= boundary (- phase_769 1)))))
 (let (($x209660 (and (and (= read_index 1) (not false)) (= boundary (- phase_768 1)))))
 (let (($x155089 (and (and (= read_index 0) (not false)) (= boundary (- phase_767 1)))))
 (let (($x125874 (or (and $x155089 $x157556) (and $x209660 $x157556) (and $x264868 $x157556) (and $x140032 $x157556) (and $x78041 $x157556) (and $x213369 $x157556) (and $x116837 $x157556) (and $x95081 $x157556))))
 (and $x125874 (and (distinct ?x112173 read_value) true)))))))))))))))))
(check-sat)
