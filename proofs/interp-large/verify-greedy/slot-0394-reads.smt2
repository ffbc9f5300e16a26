(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_739 () Int)
(declare-fun phase_740 () Int)
(declare-fun phase_741 () Int)
(declare-fun phase_742 () Int)
(declare-fun phase_743 () Int)
(declare-fun phase_745 () Int)
(declare-fun phase_746 () Int)
(declare-fun phase_747 () Int)
(declare-fun read_value () Real)
(declare-fun x_1038 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_739 22))
(assert
 (= phase_740 22))
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
 (let ((?x73978 (* (- 1.0) x_1038)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x92105 (ite $x24162 ?x73978 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x64962 (ite $x208249 (* 1.0 x_1038) 0.0)))
 (let ((?x98263 (+ ?x64962 ?x92105)))
 (let (($x111688 (= read_value x_1038)))
 (let (($x55074 (and (and (= read_index 7) (not false)) (= boundary (- phase_747 1)))))
 (let (($x252999 (and (and (= read_index 6) (not false)) (= boundary (- phase_746 1)))))
 (let (($x211508 (and (and (= read_index 5) (not false)) (= boundary (- phase_745 1)))))
 (let (($x96792 (and (and (= read_index 4) (not false)) (= boundary (- phase_743 1)))))
 (let (($x57147 (and (and (= read_index 3) (not false)) (= boundary (- phase_742 1)))))
 (let (($x137414 (and (and (= read_index 2) (not false)) (= boundary (- phase_741 1)))))
 (let (($x133581 (and (and (= read_index 1) (not false)) (= boundary (- phase_740 1)))))
 (let (($x101829 (and (and (= read_index 0) (not false)) (= boundary (- phase_739 1)))))
 (let (($x143577 (or (and $x101829 $x111688) (and $x133581 $x111688) (and $x137414 $x111688) (and $x57147 $x111688) (and $x96792 $x111688) (and $x211508 $x111688) (and $x252999 $x111688) (and $x55074 $x111688))))
 (and $x143577 (and (distinct ?x98263 read_value) true)))))))))))))))))))
(check-sat)
