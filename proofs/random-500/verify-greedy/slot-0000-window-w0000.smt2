(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_3 () Int)
(declare-fun phase_4 () Int)
(declare-fun phase_6 () Int)
(declare-fun phase_7 () Int)
(declare-fun phase_8 () Int)
(declare-fun phase_9 () Int)
(declare-fun phase_10 () Int)
(declare-fun phase_11 () Int)
(declare-fun phase_12 () Int)
(declare-fun phase_14 () Int)
(declare-fun phase_16 () Int)
(declare-fun phase_17 () Int)
(declare-fun phase_18 () Int)
(declare-fun phase_19 () Int)
(declare-fun phase_20 () Int)
(declare-fun phase_22 () Int)
(declare-fun phase_23 () Int)
(declare-fun phase_26 () Int)
(declare-fun phase_27 () Int)
(declare-fun phase_29 () Int)
(declare-fun phase_30 () Int)
(declare-fun phase_34 () Int)
(declare-fun phase_35 () Int)
(declare-fun phase_37 () Int)
(declare-fun phase_38 () Int)
(declare-fun phase_39 () Int)
(declare-fun phase_40 () Int)
(declare-fun phase_43 () Int)
(declare-fun phase_49 () Int)
(declare-fun phase_106 () Int)
(declare-fun phase_121 () Int)
(declare-fun read_value () Real)
(declare-fun x_0 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(declare-fun boundary_half () Int)
(declare-fun value_index () Int)
(assert
 (= phase_3 2))
(assert
 (= phase_4 2))
(assert
 (= phase_6 2))
(assert
 (= phase_7 2))
(assert
 (= phase_8 2))
(assert
 (= phase_9 0))
(assert
 (= phase_10 2))
(assert
 (= phase_11 0))
(assert
 (= phase_12 2))
(assert
 (= phase_14 2))
(assert
 (= phase_16 0))
(assert
 (= phase_17 0))
(assert
 (= phase_18 2))
(assert
 (= phase_19 2))
(assert
 (= phase_20 2))
(assert
 (= phase_22 2))
(assert
 (= phase_23 2))
(assert
 (= phase_26 2))
(assert
 (= phase_27 2))
(assert
 (= phase_29 2))
(assert
 (= phase_30 2))
(assert
 (= phase_34 2))
(assert
 (= phase_35 2))
(assert
 (= phase_37 2))
(assert
 (= phase_38 0))
(assert
 (= phase_39 2))
(assert
 (= phase_40 2))
(assert
 (= phase_43 0))
(assert
 (= phase_49 0))
(assert
 (= phase_106 2))
(assert
 (= phase_121 2))
(assert
 (let ((?x22071 (* 1.0 x_0)))
 (let (($x24469 (>= boundary (- 1))))
 (let ((?x26265 (ite $x24469 ?x22071 0.0)))
 (let (($x48462 (or (not (and true (<= boundary 1))) (and (distinct ?x26265 read_value) true))))
 (let (($x112500 (= read_value x_0)))
 (let (($x37740 (and (and (= read_index 70) (not false)) (= boundary (- phase_121 1)))))
 (let (($x20087 (and (and (= read_index 61) (not false)) (= boundary (- phase_106 1)))))
 (let (($x116488 (and (and (= read_index 28) (not false)) (= boundary (- phase_49 1)))))
 (let (($x8999 (and (and (= read_index 27) (not false)) (= boundary (- phase_43 1)))))
 (let (($x24457 (and (and (= read_index 26) (not false)) (= boundary (- phase_40 1)))))
 (let (($x21893 (and (and (= read_index 25) (not false)) (= boundary (- phase_39 1)))))
 (let (($x16331 (and (and (= read_index 24) (not false)) (= boundary (- phase_38 1)))))
 (let (($x19813 (and (and (= read_index 23) (not false)) (= boundary (- phase_37 1)))))
 (let (($x8321 (and (and (= read_index 22) (not false)) (= boundary (- phase_35 1)))))
 (let (($x17243 (and (and (= read_index 21) (not false)) (= boundary (- phase_34 1)))))
 (let (($x29891 (and (and (= read_index 20) (not false)) (= boundary (- phase_30 1)))))
 (let (($x33805 (and (and (= read_index 19) (not false)) (= boundary (- phase_29 1)))))
 (let (($x37493 (and (and (= read_index 18) (not false)) (= boundary (- phase_27 1)))))
 (let (($x37550 (and (and (= read_index 17) (not false)) (= boundary (- phase_26 1)))))
 (let (($x11388 (and (and (= read_index 16) (not false)) (= boundary (- phase_23 1)))))
 (let (($x37666 (and (and (= read_index 15) (not false)) (= boundary (- phase_22 1)))))
 (let (($x42861 (and (and (= read_index 14) (not false)) (= boundary (- phase_20 1)))))
 (let (($x113899 (and (and (= read_index 13) (not false)) (= boundary (- phase_19 1)))))
 (let (($x18954 (and (and (= read_index 12) (not false)) (= boundary (- phase_18 1)))))
 (let (($x6609 (and (and (= read_index 11) (not false)) (= boundary (- phase_17 1)))))
 (let (($x53390 (and (and (= read_index 10) (not false)) (= boundary (- phase_16 1)))))
 (let (($x37495 (and (and (= read_index 9) (not false)) (= boundary (- phase_14 1)))))
 (let (($x40222 (and (and (= read_index 8) (not false)) (= boundary (- phase_12 1)))))
 (let (($x62304 (and (and (= read_index 7) (not false)) (= boundary (- phase_11 1)))))
 (let (($x136540 (and (and (= read_index 6) (not false)) (= boundary (- phase_10 1)))))
 (let (($x136532 (and (and (= read_index 5) (not false)) (= boundary (- phase_9 1)))))
 (let (($x62487 (and (and (= read_index 4) (not false)) (= boundary (- phase_8 1)))))
 (let (($x62483 (and (and (= read_index 3) (not false)) (= boundary (- phase_7 1)))))
 (let (($x62471 (and (and (= read_index 2) (not false)) (= boundary (- phase_6 1)))))
 (let (($x136511 (and (and (= read_index 1) (not false)) (= boundary (- phase_4 1)))))
 (let (($x125443 (and (and (= read_index 0) (not false)) (= boundary (- phase_3 1)))))
 (let (($x37484 (or (and $x125443 $x112500) (and $x136511 $x112500) (and $x62471 $x112500) (and $x62483 $x112500) (and $x62487 $x112500) (and $x136532 $x112500) (and $x136540 $x112500) (and $x62304 $x112500) (and $x40222 $x112500) (and $x37495 $x112500) (and $x53390 $x112500) (and $x6609 $x112500) (and $x18954 $x112500) (and $x113899 $x112500) (and $x42861 $x112500) (and $x37666 $x112500) (and $x11388 $x112500) (and $x37550 $x112500) (and $x37493 $x112500) (and $x33805 $x112500) (and $x29891 $x112500) (and $x17243 $x112500) (and $x8321 $x112500) (and $x19813 $x112500) (and $x16331 $x112500) (and $x21893 $x112500) (and $x24457 $x112500) (and $x8999 $x112500) (and $x116488 $x112500) (and $x20087 $x112500) (and $x37740 $x112500))))
 (let (($x34729 (and $x37484 $x48462)))
 (let ((?x37503 (ite (and (and true (<= (- 1) boundary)) (< boundary 536870911)) x_0 0.0)))
 (let (($x43082 (and (distinct ?x26265 ?x37503) true)))
 (let (($x42872 (<= boundary 1)))
 (let (($x42875 (and true $x42872)))
 (let (($x42858 (<= boundary 39)))
 (let (($x42751 (and (= boundary (+ (* 2 boundary_half) 1)) $x24469)))
 (let (($x42862 (and $x42751 $x42858)))
 (let (($x42983 (and $x42862 $x42875)))
 (let (($x43106 (and $x42983 $x43082)))
 (let (($x2642 (= value_index 0)))
 (let (($x6406 (and $x2642 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x16081 (and $x6406 true)))
 (let (($x18138 (or $x16081)))
 (let (($x11721 (= boundary (- 1))))
 (let (($x17161 (or $x11721)))
 (let (($x18143 (and $x17161 $x18138)))
 (let (($x933 (< boundary 0)))
 (let (($x7645 (and $x6406 $x933)))
 (let (($x10426 (or $x7645)))
 (or $x10426 $x18143 $x43106 $x34729)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
