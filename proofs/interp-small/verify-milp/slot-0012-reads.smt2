(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_12 () Int)
(declare-fun phase_39 () Int)
(declare-fun phase_65 () Int)
(declare-fun phase_66 () Int)
(declare-fun phase_68 () Int)
(declare-fun phase_81 () Int)
(declare-fun phase_82 () Int)
(declare-fun phase_84 () Int)
(declare-fun phase_97 () Int)
(declare-fun phase_98 () Int)
(declare-fun phase_99 () Int)
(declare-fun phase_104 () Int)
(declare-fun phase_105 () Int)
(declare-fun phase_122 () Int)
(declare-fun phase_134 () Int)
(declare-fun phase_187 () Int)
(declare-fun phase_189 () Int)
(declare-fun phase_200 () Int)
(declare-fun read_value () Real)
(declare-fun x_81 () Real)
(declare-fun boundary () Int)
(declare-fun x_12 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_12 4))
(assert
 (= phase_39 8))
(assert
 (= phase_65 26))
(assert
 (= phase_66 26))
(assert
 (= phase_68 27))
(assert
 (= phase_81 22))
(assert
 (= phase_82 22))
(assert
 (= phase_84 23))
(assert
 (= phase_97 18))
(assert
 (= phase_98 18))
(assert
 (= phase_99 18))
(assert
 (= phase_104 22))
(assert
 (= phase_105 22))
(assert
 (= phase_122 30))
(assert
 (= phase_134 30))
(assert
 (= phase_187 34))
(assert
 (= phase_189 34))
(assert
 (= phase_200 34))
(assert
 (let ((?x8491 (* (- 1.0) x_81)))
 (let (($x21637 (>= boundary 35)))
 (let ((?x9561 (ite $x21637 ?x8491 0.0)))
 (let (($x16708 (>= boundary 9)))
 (let ((?x8372 (ite $x16708 (* 1.0 x_81) 0.0)))
 (let ((?x3443 (* (- 1.0) x_12)))
 (let (($x25164 (>= boundary 5)))
 (let ((?x5967 (ite $x25164 ?x3443 0.0)))
 (let (($x46572 (>= boundary (- 1))))
 (let ((?x2794 (ite $x46572 (* 1.0 x_12) 0.0)))
 (let ((?x11169 (+ ?x2794 ?x5967 ?x8372 ?x9561)))
 (let (($x14940 (= read_value x_81)))
 (let (($x5392 (and (and (= read_index 16) (not false)) (= boundary (- phase_200 1)))))
 (let (($x26406 (and (and (= read_index 15) (not false)) (= boundary (- phase_189 1)))))
 (let (($x9037 (and (and (= read_index 14) (not false)) (= boundary (- phase_187 1)))))
 (let (($x2479 (and (and (= read_index 13) (not false)) (= boundary (- phase_134 1)))))
 (let (($x11953 (and (and (= read_index 12) (not false)) (= boundary (- phase_122 1)))))
 (let (($x22463 (and (and (= read_index 11) (not false)) (= boundary (- phase_105 1)))))
 (let (($x38379 (and (and (= read_index 10) (not false)) (= boundary (- phase_104 1)))))
 (let (($x59112 (and (and (= read_index 9) (not false)) (= boundary (- phase_99 1)))))
 (let (($x2836 (and (and (= read_index 8) (not false)) (= boundary (- phase_98 1)))))
 (let (($x7550 (and (and (= read_index 7) (not false)) (= boundary (- phase_97 1)))))
 (let (($x20537 (and (and (= read_index 6) (not (= phase_39 (- phase_84 1)))) (= boundary (- phase_84 2)))))
 (let (($x19445 (and (and (= read_index 5) (not false)) (= boundary (- phase_82 1)))))
 (let (($x5905 (and (and (= read_index 4) (not false)) (= boundary (- phase_81 1)))))
 (let (($x12147 (and (and (= read_index 3) (not (= phase_39 (- phase_68 1)))) (= boundary (- phase_68 2)))))
 (let (($x32953 (and (and (= read_index 2) (not false)) (= boundary (- phase_66 1)))))
 (let (($x11115 (and (and (= read_index 1) (not false)) (= boundary (- phase_65 1)))))
 (let (($x5880 (= read_value x_12)))
 (let (($x5846 (and (and (= read_index 0) (not false)) (= boundary (- phase_12 1)))))
 (let (($x29457 (or (and $x5846 $x5880) (and $x11115 $x14940) (and $x32953 $x14940) (and $x12147 $x14940) (and $x5905 $x14940) (and $x19445 $x14940) (and $x20537 $x14940) (and $x7550 $x14940) (and $x2836 $x14940) (and $x59112 $x14940) (and $x38379 $x14940) (and $x22463 $x14940) (and $x11953 $x14940) (and $x2479 $x14940) (and $x9037 $x14940) (and $x26406 $x14940) (and $x5392 $x14940))))
 (and $x29457 (and (distinct ?x11169 read_value) true))))))))))))))))))))))))))))))))))
(check-sat)
