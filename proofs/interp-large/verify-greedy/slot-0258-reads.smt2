(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_783 () Int)
(declare-fun phase_834 () Int)
(declare-fun phase_835 () Int)
(declare-fun phase_836 () Int)
(declare-fun phase_837 () Int)
(declare-fun phase_838 () Int)
(declare-fun phase_839 () Int)
(declare-fun phase_840 () Int)
(declare-fun phase_841 () Int)
(declare-fun phase_842 () Int)
(declare-fun phase_843 () Int)
(declare-fun phase_844 () Int)
(declare-fun phase_845 () Int)
(declare-fun phase_847 () Int)
(declare-fun read_value () Real)
(declare-fun x_1145 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_783 12))
(assert
 (= phase_834 22))
(assert
 (= phase_835 22))
(assert
 (= phase_836 22))
(assert
 (= phase_837 22))
(assert
 (= phase_838 22))
(assert
 (= phase_839 22))
(assert
 (= phase_840 22))
(assert
 (= phase_841 22))
(assert
 (= phase_842 22))
(assert
 (= phase_843 22))
(assert
 (= phase_844 22))
(assert
 (= phase_845 22))
(assert
 (= phase_847 23))
(assert
 (let ((?x56019 (* (- 1.0) x_1145)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x85822 (ite $x24162 ?x56019 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x55839 (ite $x175310 (* 1.0 x_1145) 0.0)))
 (let ((?x95560 (+ ?x55839 ?x85822)))
 (let (($x92303 (= read_value x_1145)))
 (let (($x197388 (= read_index 12)))
 (let (($x151695 (and (and $x197388 (not (= phase_783 (- phase_847 1)))) (= boundary (- phase_847 2)))))
 (let (($x240642 (and (and (= read_index 11) (not false)) (= boundary (- phase_845 1)))))
 (let (($x79915 (and (and (= read_index 10) (not false)) (= boundary (- phase_844 1)))))
 (let (($x163907 (and (and (= read_index 9) (not false)) (= boundary (- phase_843 1)))))
 (let (($x175425 (and (and (= read_index 8) (not false)) (= boundary (- phase_842 1)))))
 (let (($x158245 (and (and (= read_index 7) (not false)) (= boundary (- phase_841 1)))))
 (let (($x86417 (and (and (= read_index 6) (not false)) (= boundary (- phase_840 1)))))
 (let (($x137815 (and (and (= read_index 5) (not false)) (= boundary (- phase_839 1)))))
 (let (($x294634 (and (and (= read_index 4) (not false)) (= boundary (- phase_838 1)))))
 (let (($x90750 (and (and (= read_index 3) (not false)) (= boundary (- phase_837 1)))))
 (let (($x11937 (and (and (= read_index 2) (not false)) (= boundary (- phase_836 1)))))
 (let (($x190521 (and (and (= read_index 1) (not false)) (= boundary (- phase_835 1)))))
 (let (($x58374 (and (and (= read_index 0) (not false)) (= boundary (- phase_834 1)))))
 (let (($x228064 (or (and $x58374 $x92303) (and $x190521 $x92303) (and $x11937 $x92303) (and $x90750 $x92303) (and $x294634 $x92303) (and $x137815 $x92303) (and $x86417 $x92303) (and $x158245 $x92303) (and $x175425 $x92303) (and $x163907 $x92303) (and $x79915 $x92303) (and $x240642 $x92303) (and $x151695 $x92303))))
 (and $x228064 (and (distinct ?x95560 read_value) true)))))))))))))))))))))))))
(check-sat)
