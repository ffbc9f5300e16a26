(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_38 () Int)
(declare-fun phase_39 () Int)
(declare-fun phase_40 () Int)
(declare-fun phase_53 () Int)
(declare-fun phase_54 () Int)
(declare-fun phase_55 () Int)
(declare-fun phase_68 () Int)
(declare-fun phase_69 () Int)
(declare-fun phase_70 () Int)
(declare-fun phase_108 () Int)
(declare-fun phase_112 () Int)
(declare-fun phase_128 () Int)
(declare-fun phase_129 () Int)
(declare-fun phase_132 () Int)
(declare-fun read_value () Real)
(declare-fun x_145 () Real)
(declare-fun boundary () Int)
(declare-fun x_32 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_38 2))
(assert
 (= phase_39 2))
(assert
 (= phase_40 2))
(assert
 (= phase_53 6))
(assert
 (= phase_54 6))
(assert
 (= phase_55 6))
(assert
 (= phase_68 6))
(assert
 (= phase_69 6))
(assert
 (= phase_70 6))
(assert
 (= phase_108 2))
(assert
 (= phase_112 4))
(assert
 (= phase_128 10))
(assert
 (= phase_129 4))
(assert
 (= phase_132 4))
(assert
 (let ((?x19958 (* (- 1.0) x_145)))
 (let (($x11768 (>= boundary 11)))
 (let ((?x20519 (ite $x11768 ?x19958 0.0)))
 (let (($x11172 (>= boundary 9)))
 (let ((?x19810 (ite $x11172 (* 1.0 x_145) 0.0)))
 (let ((?x11645 (* (- 1.0) x_32)))
 (let (($x40023 (>= boundary 7)))
 (let ((?x13309 (ite $x40023 ?x11645 0.0)))
 (let (($x12640 (>= boundary 1)))
 (let ((?x9694 (ite $x12640 (* 1.0 x_32) 0.0)))
 (let ((?x22675 (+ ?x9694 ?x13309 ?x19810 ?x20519)))
 (let (($x22066 (= read_value x_145)))
 (let (($x23572 (and (and (= read_index 13) (not false)) (= boundary (- phase_128 1)))))
 (let (($x16163 (= read_value x_32)))
 (let (($x16377 (and (and (= read_index 12) (not false)) (= boundary (- phase_132 1)))))
 (let (($x15682 (and (and (= read_index 11) (not false)) (= boundary (- phase_129 1)))))
 (let (($x16352 (and (and (= read_index 10) (not false)) (= boundary (- phase_112 1)))))
 (let (($x9074 (and (and (= read_index 9) (not false)) (= boundary (- phase_108 1)))))
 (let (($x24255 (and (and (= read_index 8) (not false)) (= boundary (- phase_70 1)))))
 (let (($x17271 (and (and (= read_index 7) (not false)) (= boundary (- phase_69 1)))))
 (let (($x32519 (and (and (= read_index 6) (not false)) (= boundary (- phase_68 1)))))
 (let (($x33087 (and (and (= read_index 5) (not false)) (= boundary (- phase_55 1)))))
 (let (($x20003 (and (and (= read_index 4) (not false)) (= boundary (- phase_54 1)))))
 (let (($x24275 (and (and (= read_index 3) (not false)) (= boundary (- phase_53 1)))))
 (let (($x25864 (and (and (= read_index 2) (not false)) (= boundary (- phase_40 1)))))
 (let (($x24306 (and (and (= read_index 1) (not false)) (= boundary (- phase_39 1)))))
 (let (($x11845 (and (and (= read_index 0) (not false)) (= boundary (- phase_38 1)))))
 (let (($x19914 (or (and $x11845 $x16163) (and $x24306 $x16163) (and $x25864 $x16163) (and $x24275 $x16163) (and $x20003 $x16163) (and $x33087 $x16163) (and $x32519 $x16163) (and $x17271 $x16163) (and $x24255 $x16163) (and $x9074 $x16163) (and $x16352 $x16163) (and $x15682 $x16163) (and $x16377 $x16163) (and $x23572 $x22066))))
 (and $x19914 (and (distinct ?x22675 read_value) true)))))))))))))))))))))))))))))))
(check-sat)
