(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_709 () Int)
(declare-fun phase_710 () Int)
(declare-fun phase_711 () Int)
(declare-fun phase_712 () Int)
(declare-fun phase_713 () Int)
(declare-fun phase_714 () Int)
(declare-fun read_value () Real)
(declare-fun x_1009 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_709 22))
(assert
 (= phase_710 22))
(assert
 (= phase_711 22))
(assert
 (= phase_712 22))
(assert
 (= phase_713 22))
(assert
 (= phase_714 22))
(assert
 (let ((?x102252 (* (- 1.0) x_1009)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x107863 (ite $x24162 ?x102252 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x84713 (ite $x208249 (* 1.0 x_1009) 0.0)))
 (let ((?x196212 (+ ?x84713 ?x107863)))
 (let (($x207844 (= read_value x_1009)))
 (let (($x46254 (and (and (= read_index 5) (not false)) (= boundary (- phase_714 1)))))
 (let (($x100600 (and (and (= read_index 4) (not false)) (= boundary (- phase_713 1)))))
 (let (($x210616 (and (and (= read_index 3) (not false)) (= boundary (- phase_712 1)))))
 (let (($x166425 (and (and (= read_index 2) (not false)) (= boundary (- phase_711 1)))))
 (let (($x227873 (and (and (= read_index 1) (not false)) (= boundary (- phase_710 1)))))
 (let (($x165692 (and (and (= read_index 0) (not false)) (= boundary (- phase_709 1)))))
 (let (($x77580 (or (and $x165692 $x207844) (and $x227873 $x207844) (and $x166425 $x207844) (and $x210616 $x207844) (and $x100600 $x207844) (and $x46254 $x207844))))
 (and $x77580 (and (distinct ?x196212 read_value) true)))))))))))))))))
(check-sat)
