(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_709 () Int)
(declare-fun phase_710 () Int)
(declare-fun phase_711 () Int)
(declare-fun phase_712 () Int)
(declare-fun phase_713 () Int)
(declare-fun read_value () Real)
(declare-fun x_1008 () Real)
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
 (let ((?x150219 (* (- 1.0) x_1008)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x191778 (ite $x24162 ?x150219 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x135748 (ite $x208249 (* 1.0 x_1008) 0.0)))
 (let ((?x194606 (+ ?x135748 ?x191778)))
 (let (($x215344 (= read_value x_1008)))
 (let (($x68483 (and (and (= read_index 4) (not false)) (= boundary (- phase_713 1)))))
 (let (($x31045 (and (and (= read_index 3) (not false)) (= boundary (- phase_712 1)))))
 (let (($x191466 (and (and (= read_index 2) (not false)) (= boundary (- phase_711 1)))))
 (let (($x36744 (and (and (= read_index 1) (not false)) (= boundary (- phase_710 1)))))
 (let (($x108003 (and (and (= read_index 0) (not false)) (= boundary (- phase_709 1)))))
 (let (($x30014 (or (and $x108003 $x215344) (and $x36744 $x215344) (and $x191466 $x215344) (and $x31045 $x215344) (and $x68483 $x215344))))
 (and $x30014 (and (distinct ?x194606 read_value) true))))))))))))))))
(check-sat)
