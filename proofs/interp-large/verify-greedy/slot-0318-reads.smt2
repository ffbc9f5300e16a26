(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_113 () Int)
(declare-fun phase_114 () Int)
(declare-fun phase_116 () Int)
(declare-fun phase_586 () Int)
(declare-fun phase_587 () Int)
(declare-fun phase_588 () Int)
(declare-fun phase_589 () Int)
(declare-fun phase_590 () Int)
(declare-fun phase_591 () Int)
(declare-fun phase_593 () Int)
(declare-fun phase_594 () Int)
(declare-fun read_value () Real)
(declare-fun x_829 () Real)
(declare-fun boundary () Int)
(declare-fun x_190 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_113 18))
(assert
 (= phase_114 18))
(assert
 (= phase_116 19))
(assert
 (= phase_586 22))
(assert
 (= phase_587 22))
(assert
 (= phase_588 22))
(assert
 (= phase_589 22))
(assert
 (= phase_590 22))
(assert
 (= phase_591 22))
(assert
 (= phase_593 22))
(assert
 (= phase_594 22))
(assert
 (let ((?x165085 (* (- 1.0) x_829)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x167890 (ite $x24162 ?x165085 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x136816 (ite $x208249 (* 1.0 x_829) 0.0)))
 (let ((?x105264 (* (- 1.0) x_190)))
 (let (($x272189 (>= boundary 19)))
 (let ((?x122016 (ite $x272189 ?x105264 0.0)))
 (let (($x103445 (>= boundary 15)))
 (let ((?x86317 (ite $x103445 (* 1.0 x_190) 0.0)))
 (let ((?x174903 (+ ?x86317 ?x122016 ?x136816 ?x167890)))
 (let (($x124547 (= read_value x_829)))
 (let (($x9682 (and (and (= read_index 10) (not false)) (= boundary (- phase_594 1)))))
 (let (($x101481 (and (and (= read_index 9) (not false)) (= boundary (- phase_593 1)))))
 (let (($x45243 (and (and (= read_index 8) (not false)) (= boundary (- phase_591 1)))))
 (let (($x161326 (and (and (= read_index 7) (not false)) (= boundary (- phase_590 1)))))
 (let (($x98958 (and (and (= read_index 6) (not false)) (= boundary (- phase_589 1)))))
 (let (($x135498 (and (and (= read_index 5) (not false)) (= boundary (- phase_588 1)))))
 (let (($x211624 (and (and (= read_index 4) (not false)) (= boundary (- phase_587 1)))))
 (let (($x13409 (and (and (= read_index 3) (not false)) (= boundary (- phase_586 1)))))
 (let (($x93450 (= read_value x_190)))
 (let (($x137491 (and (and (= read_index 2) (not false)) (= boundary (- phase_116 2)))))
 (let (($x156331 (and (and (= read_index 1) (not false)) (= boundary (- phase_114 1)))))
 (let (($x90496 (and (and (= read_index 0) (not false)) (= boundary (- phase_113 1)))))
 (let (($x170784 (or (and $x90496 $x93450) (and $x156331 $x93450) (and $x137491 $x93450) (and $x13409 $x124547) (and $x211624 $x124547) (and $x135498 $x124547) (and $x98958 $x124547) (and $x161326 $x124547) (and $x45243 $x124547) (and $x101481 $x124547) (and $x9682 $x124547))))
 (and $x170784 (and (distinct ?x174903 read_value) true))))))))))))))))))))))))))))
(check-sat)
