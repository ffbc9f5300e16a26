(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_0 () Int)
(declare-fun phase_1 () Int)
(declare-fun phase_14 () Int)
(declare-fun phase_27 () Int)
(declare-fun phase_40 () Int)
(declare-fun phase_53 () Int)
(declare-fun phase_66 () Int)
(declare-fun phase_79 () Int)
(declare-fun phase_92 () Int)
(declare-fun phase_105 () Int)
(declare-fun phase_118 () Int)
(declare-fun phase_131 () Int)
(declare-fun phase_144 () Int)
(declare-fun phase_157 () Int)
(declare-fun phase_170 () Int)
(declare-fun phase_183 () Int)
(declare-fun phase_196 () Int)
(declare-fun phase_197 () Int)
(declare-fun phase_198 () Int)
(declare-fun phase_199 () Int)
(declare-fun read_value () Real)
(declare-fun x_3 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_0 0))
(assert
 (= phase_1 0))
(assert
 (= phase_14 4))
(assert
 (= phase_27 8))
(assert
 (= phase_40 12))
(assert
 (= phase_53 16))
(assert
 (= phase_66 20))
(assert
 (= phase_79 24))
(assert
 (= phase_92 28))
(assert
 (= phase_105 32))
(assert
 (= phase_118 36))
(assert
 (= phase_131 40))
(assert
 (= phase_144 44))
(assert
 (= phase_157 48))
(assert
 (= phase_170 52))
(assert
 (= phase_183 56))
(assert
 (= phase_196 72))
(assert
 (= phase_197 72))
(assert
 (= phase_198 68))
(assert
 (= phase_199 72))
(assert
 (let ((?x9973 (* 1.0 x_3)))
 (let (($x58274 (>= boundary (- 1))))
 (let ((?x11203 (ite $x58274 ?x9973 0.0)))
 (let (($x11600 (= read_value x_3)))
 (let (($x7821 (and (and (= read_index 19) (not false)) (= boundary (- phase_199 1)))))
 (let (($x16168 (and (and (= read_index 18) (not false)) (= boundary (- phase_198 1)))))
 (let (($x37222 (and (and (= read_index 17) (not false)) (= boundary (- phase_197 1)))))
 (let (($x9061 (and (and (= read_index 16) (not false)) (= boundary (- phase_196 1)))))
 (let (($x21217 (and (and (= read_index 15) (not false)) (= boundary (- phase_183 1)))))
 (let (($x20097 (and (and (= read_index 14) (not false)) (= boundary (- phase_170 1)))))
 (let (($x17078 (and (and (= read_index 13) (not false)) (= boundary (- phase_157 1)))))
 (let (($x16895 (and (and (= read_index 12) (not false)) (= boundary (- phase_144 1)))))
 (let (($x21157 (and (and (= read_index 11) (not false)) (= boundary (- phase_131 1)))))
 (let (($x9194 (and (and (= read_index 10) (not false)) (= boundary (- phase_118 1)))))
 (let (($x5577 (and (and (= read_index 9) (not false)) (= boundary (- phase_105 1)))))
 (let (($x5554 (and (and (= read_index 8) (not false)) (= boundary (- phase_92 1)))))
 (let (($x10533 (and (and (= read_index 7) (not false)) (= boundary (- phase_79 1)))))
 (let (($x11645 (and (and (= read_index 6) (not false)) (= boundary (- phase_66 1)))))
 (let (($x22852 (and (and (= read_index 5) (not false)) (= boundary (- phase_53 1)))))
 (let (($x9582 (and (and (= read_index 4) (not false)) (= boundary (- phase_40 1)))))
 (let (($x14308 (and (and (= read_index 3) (not false)) (= boundary (- phase_27 1)))))
 (let (($x16406 (and (and (= read_index 2) (not false)) (= boundary (- phase_14 1)))))
 (let (($x20664 (and (and (= read_index 1) (not false)) (= boundary (- phase_1 1)))))
 (let (($x4902 (and (and (= read_index 0) (not false)) (= boundary (- phase_0 1)))))
 (let (($x10864 (or (and $x4902 $x11600) (and $x20664 $x11600) (and $x16406 $x11600) (and $x14308 $x11600) (and $x9582 $x11600) (and $x22852 $x11600) (and $x11645 $x11600) (and $x10533 $x11600) (and $x5554 $x11600) (and $x5577 $x11600) (and $x9194 $x11600) (and $x21157 $x11600) (and $x16895 $x11600) (and $x17078 $x11600) (and $x20097 $x11600) (and $x21217 $x11600) (and $x9061 $x11600) (and $x37222 $x11600) (and $x16168 $x11600) (and $x7821 $x11600))))
 (and $x10864 (and (distinct ?x11203 read_value) true))))))))))))))))))))))))))))
(check-sat)
