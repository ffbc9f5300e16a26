(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_580 () Int)
(declare-fun phase_581 () Int)
(declare-fun phase_582 () Int)
(declare-fun phase_584 () Int)
(declare-fun phase_585 () Int)
(declare-fun phase_586 () Int)
(declare-fun phase_587 () Int)
(declare-fun phase_588 () Int)
(declare-fun phase_789 () Int)
(declare-fun phase_818 () Int)
(declare-fun phase_819 () Int)
(declare-fun phase_820 () Int)
(declare-fun phase_821 () Int)
(declare-fun phase_823 () Int)
(declare-fun read_value () Real)
(declare-fun x_824 () Real)
(declare-fun boundary () Int)
(declare-fun x_1155 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_580 22))
(assert
 (= phase_581 22))
(assert
 (= phase_582 22))
(assert
 (= phase_584 22))
(assert
 (= phase_585 22))
(assert
 (= phase_586 22))
(assert
 (= phase_587 22))
(assert
 (= phase_588 22))
(assert
 (= phase_789 12))
(assert
 (= phase_818 14))
(assert
 (= phase_819 14))
(assert
 (= phase_820 14))
(assert
 (= phase_821 14))
(assert
 (= phase_823 15))
(assert
 (let ((?x152171 (* (- 1.0) x_824)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x158109 (ite $x24162 ?x152171 0.0)))
 (let ((?x80579 (* (- 1.0) x_1155)))
 (let (($x103445 (>= boundary 15)))
 (let ((?x82265 (ite $x103445 ?x80579 0.0)))
 (let ((?x167162 (+ (ite (>= boundary 13) (* 1.0 x_1155) 0.0) ?x82265 (ite (>= boundary 21) (* 1.0 x_824) 0.0) ?x158109)))
 (let (($x175640 (= read_value x_1155)))
 (let (($x197388 (= read_index 12)))
 (let (($x93450 (and (and $x197388 (not (= phase_789 (- phase_823 1)))) (= boundary (- phase_823 2)))))
 (let (($x216401 (and (and (= read_index 11) (not false)) (= boundary (- phase_821 1)))))
 (let (($x90637 (and (and (= read_index 10) (not false)) (= boundary (- phase_820 1)))))
 (let (($x70589 (and (and (= read_index 9) (not false)) (= boundary (- phase_819 1)))))
 (let (($x82217 (and (and (= read_index 8) (not false)) (= boundary (- phase_818 1)))))
 (let (($x81249 (= read_value x_824)))
 (let (($x4351 (and (and (= read_index 7) (not false)) (= boundary (- phase_588 1)))))
 (let (($x101392 (and (and (= read_index 6) (not false)) (= boundary (- phase_587 1)))))
 (let (($x205213 (and (and (= read_index 5) (not false)) (= boundary (- phase_586 1)))))
 (let (($x17681 (and (and (= read_index 4) (not false)) (= boundary (- phase_585 1)))))
 (let (($x161406 (and (and (= read_index 3) (not false)) (= boundary (- phase_584 1)))))
 (let (($x213368 (and (and (= read_index 2) (not false)) (= boundary (- phase_582 1)))))
 (let (($x139559 (and (and (= read_index 1) (not false)) (= boundary (- phase_581 1)))))
 (let (($x77613 (and (and (= read_index 0) (not false)) (= boundary (- phase_580 1)))))
 (let (($x135759 (or (and $x77613 $x81249) (and $x139559 $x81249) (and $x213368 $x81249) (and $x161406 $x81249) (and $x17681 $x81249) (and $x205213 $x81249) (and $x101392 $x81249) (and $x4351 $x81249) (and $x82217 $x175640) (and $x70589 $x175640) (and $x90637 $x175640) (and $x216401 $x175640) (and $x93450 $x175640))))
 (and $x135759 (and (distinct ?x167162 read_value) true)))))))))))))))))))))))))))
(check-sat)
