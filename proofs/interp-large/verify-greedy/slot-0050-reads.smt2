(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_9 () Int)
(declare-fun phase_10 () Int)
(declare-fun phase_46 () Int)
(declare-fun phase_1100 () Int)
(declare-fun phase_1101 () Int)
(declare-fun phase_1102 () Int)
(declare-fun phase_1103 () Int)
(declare-fun phase_1104 () Int)
(declare-fun phase_1105 () Int)
(declare-fun phase_1106 () Int)
(declare-fun phase_1107 () Int)
(declare-fun read_value () Real)
(declare-fun x_93 () Real)
(declare-fun boundary () Int)
(declare-fun x_50 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_9 2))
(assert
 (= phase_10 2))
(assert
 (= phase_46 4))
(assert
 (= phase_1100 10))
(assert
 (= phase_1101 10))
(assert
 (= phase_1102 10))
(assert
 (= phase_1103 10))
(assert
 (= phase_1104 10))
(assert
 (= phase_1105 10))
(assert
 (= phase_1106 10))
(assert
 (= phase_1107 10))
(assert
 (let ((?x164371 (* 1.0 x_93)))
 (let (($x191692 (>= boundary 7)))
 (let ((?x53360 (ite $x191692 ?x164371 0.0)))
 (let ((?x164446 (* (- 1.0) x_50)))
 (let (($x152189 (>= boundary 5)))
 (let ((?x26789 (ite $x152189 ?x164446 0.0)))
 (let (($x39646 (>= boundary (- 1))))
 (let ((?x163864 (ite $x39646 (* 1.0 x_50) 0.0)))
 (let ((?x79919 (+ ?x163864 ?x26789 ?x53360)))
 (let (($x157520 (= read_value x_93)))
 (let (($x115381 (and (and (= read_index 10) (not false)) (= boundary (- phase_1107 1)))))
 (let (($x201114 (and (and (= read_index 9) (not false)) (= boundary (- phase_1106 1)))))
 (let (($x107556 (and (and (= read_index 8) (not false)) (= boundary (- phase_1105 1)))))
 (let (($x42865 (and (and (= read_index 7) (not false)) (= boundary (- phase_1104 1)))))
 (let (($x101284 (and (and (= read_index 6) (not false)) (= boundary (- phase_1103 1)))))
 (let (($x136080 (and (and (= read_index 5) (not false)) (= boundary (- phase_1102 1)))))
 (let (($x135019 (and (and (= read_index 4) (not false)) (= boundary (- phase_1101 1)))))
 (let (($x82037 (and (and (= read_index 3) (not false)) (= boundary (- phase_1100 1)))))
 (let (($x57528 (= read_value x_50)))
 (let (($x279525 (and (and (= read_index 2) (not false)) (= boundary (- phase_46 1)))))
 (let (($x137302 (and (and (= read_index 1) (not false)) (= boundary (- phase_10 1)))))
 (let (($x208263 (and (and (= read_index 0) (not false)) (= boundary (- phase_9 1)))))
 (let (($x27893 (or (and $x208263 $x57528) (and $x137302 $x57528) (and $x279525 $x57528) (and $x82037 $x157520) (and $x135019 $x157520) (and $x136080 $x157520) (and $x101284 $x157520) (and $x42865 $x157520) (and $x107556 $x157520) (and $x201114 $x157520) (and $x115381 $x157520) (and (and (= read_index 11) (= boundary 51)) $x157520))))
 (and $x27893 (and (distinct ?x79919 read_value) true))))))))))))))))))))))))))
(check-sat)
