(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_747 () Int)
(declare-fun phase_748 () Int)
(declare-fun phase_749 () Int)
(declare-fun phase_750 () Int)
(declare-fun phase_751 () Int)
(declare-fun phase_752 () Int)
(declare-fun phase_754 () Int)
(declare-fun phase_755 () Int)
(declare-fun read_value () Real)
(declare-fun x_1045 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_747 22))
(assert
 (= phase_748 22))
(assert
 (= phase_749 22))
(assert
 (= phase_750 22))
(assert
 (= phase_751 22))
(assert
 (= phase_752 22))
(assert
 (= phase_754 22))
(assert
 (= phase_755 22))
(assert
 (let ((?x88045 (* (- 1.0) x_1045)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x144638 (ite $x24162 ?x88045 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x52668 (ite $x208249 (* 1.0 x_1045) 0.0)))
 (let ((?x152263 (+ ?x52668 ?x144638)))
 (let (($x161414 (= read_value x_1045)))
 (let (($x127451 (and (and (= read_index 7) (not false)) (= boundary (- phase_755 1)))))
 (let (($x143623 (and (and (= read_index 6) (not false)) (= boundary (- phase_754 1)))))
 (let (($x175004 (and (and (= read_index 5) (not false)) (= boundary (- phase_752 1)))))
 (let (($x109876 (and (and (= read_index 4) (not false)) (= boundary (- phase_751 1)))))
 (let (($x178513 (and (and (= read_index 3) (not false)) (= boundary (- phase_750 1)))))
 (let (($x167887 (and (and (= read_index 2) (not false)) (= boundary (- phase_749 1)))))
 (let (($x144436 (and (and (= read_index 1) (not false)) (= boundary (- phase_748 1)))))
 (let (($x155763 (and (and (= read_index 0) (not false)) (= boundary (- phase_747 1)))))
 (let (($x30719 (or (and $x155763 $x161414) (and $x144436 $x161414) (and $x167887 $x161414) (and $x178513 $x161414) (and $x109876 $x161414) (and $x175004 $x161414) (and $x143623 $x161414) (and $x127451 $x161414))))
 (and $x30719 (and (distinct ?x152263 read_value) true)))))))))))))))))))
(check-sat)
