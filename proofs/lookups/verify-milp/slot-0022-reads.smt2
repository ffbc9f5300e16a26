(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_42 () Int)
(declare-fun phase_43 () Int)
(declare-fun phase_44 () Int)
(declare-fun phase_57 () Int)
(declare-fun phase_58 () Int)
(declare-fun phase_59 () Int)
(declare-fun phase_72 () Int)
(declare-fun phase_73 () Int)
(declare-fun phase_74 () Int)
(declare-fun phase_87 () Int)
(declare-fun phase_88 () Int)
(declare-fun phase_89 () Int)
(declare-fun phase_113 () Int)
(declare-fun phase_131 () Int)
(declare-fun phase_132 () Int)
(declare-fun phase_135 () Int)
(declare-fun read_value () Real)
(declare-fun x_149 () Real)
(declare-fun boundary () Int)
(declare-fun x_34 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_42 2))
(assert
 (= phase_43 2))
(assert
 (= phase_44 2))
(assert
 (= phase_57 6))
(assert
 (= phase_58 6))
(assert
 (= phase_59 6))
(assert
 (= phase_72 6))
(assert
 (= phase_73 6))
(assert
 (= phase_74 6))
(assert
 (= phase_87 2))
(assert
 (= phase_88 2))
(assert
 (= phase_89 2))
(assert
 (= phase_113 4))
(assert
 (= phase_131 10))
(assert
 (= phase_132 4))
(assert
 (= phase_135 4))
(assert
 (let ((?x18852 (* (- 1.0) x_149)))
 (let (($x11768 (>= boundary 11)))
 (let ((?x19810 (ite $x11768 ?x18852 0.0)))
 (let (($x11172 (>= boundary 9)))
 (let ((?x17681 (ite $x11172 (* 1.0 x_149) 0.0)))
 (let ((?x10390 (* (- 1.0) x_34)))
 (let (($x40023 (>= boundary 7)))
 (let ((?x11148 (ite $x40023 ?x10390 0.0)))
 (let (($x12640 (>= boundary 1)))
 (let ((?x8999 (ite $x12640 (* 1.0 x_34) 0.0)))
 (let ((?x23297 (+ ?x8999 ?x11148 ?x17681 ?x19810)))
 (let (($x15762 (= read_value x_149)))
 (let (($x32667 (and (and (= read_index 15) (not false)) (= boundary (- phase_131 1)))))
 (let (($x16708 (= read_value x_34)))
 (let (($x34744 (and (and (= read_index 14) (not false)) (= boundary (- phase_135 1)))))
 (let (($x24729 (and (and (= read_index 13) (not false)) (= boundary (- phase_132 1)))))
 (let (($x8378 (and (and (= read_index 12) (not false)) (= boundary (- phase_113 1)))))
 (let (($x21847 (and (and (= read_index 11) (not false)) (= boundary (- phase_89 1)))))
 (let (($x7923 (and (and (= read_index 10) (not false)) (= boundary (- phase_88 1)))))
 (let (($x16552 (and (and (= read_index 9) (not false)) (= boundary (- phase_87 1)))))
 (let (($x17287 (and (and (= read_index 8) (not false)) (= boundary (- phase_74 1)))))
 (let (($x31146 (and (and (= read_index 7) (not false)) (= boundary (- phase_73 1)))))
 (let (($x25194 (and (and (= read_index 6) (not false)) (= boundary (- phase_72 1)))))
 (let (($x13628 (and (and (= read_index 5) (not false)) (= boundary (- phase_59 1)))))
 (let (($x25513 (and (and (= read_index 4) (not false)) (= boundary (- phase_58 1)))))
 (let (($x22924 (and (and (= read_index 3) (not false)) (= boundary (- phase_57 1)))))
 (let (($x27867 (and (and (= read_index 2) (not false)) (= boundary (- phase_44 1)))))
 (let (($x20927 (and (and (= read_index 1) (not false)) (= boundary (- phase_43 1)))))
 (let (($x16627 (and (and (= read_index 0) (not false)) (= boundary (- phase_42 1)))))
 (let (($x23389 (or (and $x16627 $x16708) (and $x20927 $x16708) (and $x27867 $x16708) (and $x22924 $x16708) (and $x25513 $x16708) (and $x13628 $x16708) (and $x25194 $x16708) (and $x31146 $x16708) (and $x17287 $x16708) (and $x16552 $x16708) (and $x7923 $x16708) (and $x21847 $x16708) (and $x8378 $x16708) (and $x24729 $x16708) (and $x34744 $x16708) (and $x32667 $x15762))))
 (and $x23389 (and (distinct ?x23297 read_value) true)))))))))))))))))))))))))))))))))
(check-sat)
