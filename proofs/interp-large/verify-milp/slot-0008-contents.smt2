(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_12 () Int)
(declare-fun phase_20 () Int)
(declare-fun phase_50 () Int)
(declare-fun phase_53 () Int)
(declare-fun phase_56 () Int)
(declare-fun phase_59 () Int)
(declare-fun phase_62 () Int)
(declare-fun phase_65 () Int)
(declare-fun phase_68 () Int)
(declare-fun phase_71 () Int)
(declare-fun phase_1092 () Int)
(declare-fun phase_1093 () Int)
(declare-fun phase_1094 () Int)
(declare-fun phase_1095 () Int)
(declare-fun phase_1096 () Int)
(declare-fun phase_1097 () Int)
(declare-fun phase_1098 () Int)
(declare-fun phase_1099 () Int)
(declare-fun x_85 () Real)
(declare-fun boundary () Int)
(declare-fun x_8 () Real)
(declare-fun boundary_half () Int)
(assert
 (= phase_12 4))
(assert
 (= phase_20 6))
(assert
 (= phase_50 10))
(assert
 (= phase_53 14))
(assert
 (= phase_56 18))
(assert
 (= phase_59 22))
(assert
 (= phase_62 26))
(assert
 (= phase_65 30))
(assert
 (= phase_68 34))
(assert
 (= phase_71 38))
(assert
 (= phase_1092 50))
(assert
 (= phase_1093 50))
(assert
 (= phase_1094 50))
(assert
 (= phase_1095 50))
(assert
 (= phase_1096 50))
(assert
 (= phase_1097 50))
(assert
 (= phase_1098 50))
(assert
 (= phase_1099 50))
(assert
 (let (($x219316 (and (and true (<= (+ phase_20 1) boundary)) (< boundary 536870911))))
 (let ((?x219318 (ite $x219316 x_85 0.0)))
 (let ((?x6387 (+ phase_12 1)))
 (let (($x28412 (> ?x6387 (- 1))))
 (let ((?x23129 (ite $x28412 ?x6387 (- 1))))
 (let (($x29733 (and (and true (<= (- 1) boundary)) (< boundary ?x23129))))
 (let ((?x209698 (ite $x29733 x_8 0.0)))
 (let ((?x10149 (+ ?x209698 ?x219318)))
 (let (($x43992 (>= boundary 7)))
 (let ((?x30512 (ite $x43992 (* 1.0 x_85) 0.0)))
 (let (($x22721 (>= boundary 5)))
 (let ((?x28583 (ite $x22721 (* (- 1.0) x_8) 0.0)))
 (let (($x17594 (>= boundary (- 1))))
 (let ((?x152637 (ite $x17594 (* 1.0 x_8) 0.0)))
 (let ((?x34992 (+ ?x152637 ?x28583 ?x30512)))
 (let (($x75521 (and (distinct ?x34992 ?x10149) true)))
 (let (($x29336 (<= boundary 51)))
 (let (($x146688 (and (= boundary (+ (* 2 boundary_half) 1)) $x17594)))
 (let (($x149007 (and $x146688 $x29336)))
 (and $x149007 $x75521)))))))))))))))))))))
(check-sat)
