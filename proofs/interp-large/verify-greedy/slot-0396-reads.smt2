(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_741 () Int)
(declare-fun phase_742 () Int)
(declare-fun phase_743 () Int)
(declare-fun phase_745 () Int)
(declare-fun phase_746 () Int)
(declare-fun phase_747 () Int)
(declare-fun phase_748 () Int)
(declare-fun phase_749 () Int)
(declare-fun read_value () Real)
(declare-fun x_1040 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_741 22))
(assert
 (= phase_742 22))
(assert
 (= phase_743 22))
(assert
 (= phase_745 22))
(assert
 (= phase_746 22))
(assert
 (= phase_747 22))
(assert
 (= phase_748 22))
(assert
 (= phase_749 22))
(assert
 (let ((?x137171 (* (- 1.0) x_1040)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x137887 (ite $x24162 ?x137171 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x102256 (ite $x208249 (* 1.0 x_1040) 0.0)))
 (let ((?x164061 (+ ?x102256 ?x137887)))
 (let (($x122427 (= read_value x_1040)))
 (let (($x64013 (and (and (= read_index 7) (not false)) (= boundary (- phase_749 1)))))
 (let (($x139589 (and (and (= read_index 6) (not false)) (= boundary (- phase_748 1)))))
 (let (($x65284 (and (and (= read_index 5) (not false)) (= boundary (- phase_747 1)))))
 (let (($x138704 (and (and (= read_index 4) (not false)) (= boundary (- phase_746 1)))))
 (let (($x227783 (and (and (= read_index 3) (not false)) (= boundary (- phase_745 1)))))
 (let (($x117260 (and (and (= read_index 2) (not false)) (= boundary (- phase_743 1)))))
 (let (($x182431 (and (and (= read_index 1) (not false)) (= boundary (- phase_742 1)))))
 (let (($x101829 (and (and (= read_index 0) (not false)) (= boundary (- phase_741 1)))))
 (let (($x44681 (or (and $x101829 $x122427) (and $x182431 $x122427) (and $x117260 $x122427) (and $x227783 $x122427) (and $x138704 $x122427) (and $x65284 $x122427) (and $x139589 $x122427) (and $x64013 $x122427))))
 (and $x44681 (and (distinct ?x164061 read_value) true)))))))))))))))))))
(check-sat)
