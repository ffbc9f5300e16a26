(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_12 () Int)
(declare-fun phase_38 () Int)
(declare-fun phase_39 () Int)
(declare-fun phase_40 () Int)
(declare-fun phase_137 () Int)
(declare-fun read_value () Real)
(declare-fun x_3 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_12 4))
(assert
 (= phase_38 4))
(assert
 (= phase_39 8))
(assert
 (= phase_40 8))
(assert
 (= phase_137 20))
(assert
 (let ((?x17802 (* 1.0 x_3)))
 (let (($x46814 (>= boundary (- 1))))
 (let ((?x11238 (ite $x46814 ?x17802 0.0)))
 (let (($x17273 (= read_value x_3)))
 (let (($x24788 (and (and (= read_index 4) (not false)) (= boundary (- phase_137 1)))))
 (let (($x18755 (and (and (= read_index 3) (not false)) (= boundary (- phase_40 1)))))
 (let (($x10534 (and (and (= read_index 2) (not false)) (= boundary (- phase_39 1)))))
 (let (($x17482 (and (and (= read_index 1) (not false)) (= boundary (- phase_38 1)))))
 (let (($x14706 (and (and (= read_index 0) (not false)) (= boundary (- phase_12 1)))))
 (let (($x11566 (or (and $x14706 $x17273) (and $x17482 $x17273) (and $x10534 $x17273) (and $x18755 $x17273) (and $x24788 $x17273))))
 (and $x11566 (and (distinct ?x11238 read_value) true)))))))))))))
(check-sat)
