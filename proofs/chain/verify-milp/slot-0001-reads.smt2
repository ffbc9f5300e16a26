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
(declare-fun x_1 () Real)
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
 (let ((?x16306 (* 1.0 x_1)))
 (let (($x58274 (>= boundary (- 1))))
 (let ((?x11459 (ite $x58274 ?x16306 0.0)))
 (let (($x66929 (= read_value x_1)))
 (let (($x6630 (and (and (= read_index 19) (not false)) (= boundary (- phase_199 1)))))
 (let (($x6353 (and (and (= read_index 18) (not false)) (= boundary (- phase_198 1)))))
 (let (($x10947 (and (and (= read_index 17) (not false)) (= boundary (- phase_197 1)))))
 (let (($x70391 (and (and (= read_index 16) (not false)) (= boundary (- phase_196 1)))))
 (let (($x12014 (and (and (= read_index 15) (not false)) (= boundary (- phase_183 1)))))
 (let (($x5694 (and (and (= read_index 14) (not false)) (= boundary (- phase_170 1)))))
 (let (($x11163 (and (and (= read_index 13) (not false)) (= boundary (- phase_157 1)))))
 (let (($x70393 (and (and (= read_index 12) (not false)) (= boundary (- phase_144 1)))))
 (let (($x10031 (and (and (= read_index 11) (not false)) (= boundary (- phase_131 1)))))
 (let (($x20340 (and (and (= read_index 10) (not false)) (= boundary (- phase_118 1)))))
 (let (($x17094 (and (and (= read_index 9) (not false)) (= boundary (- phase_105 1)))))
 (let (($x5516 (and (and (= read_index 8) (not false)) (= boundary (- phase_92 1)))))
 (let (($x21352 (and (and (= read_index 7) (not false)) (= boundary (- phase_79 1)))))
 (let (($x17227 (and (and (= read_index 6) (not false)) (= boundary (- phase_66 1)))))
 (let (($x10668 (and (and (= read_index 5) (not false)) (= boundary (- phase_53 1)))))
 (let (($x2600 (and (and (= read_index 4) (not false)) (= boundary (- phase_40 1)))))
 (let (($x16961 (and (and (= read_index 3) (not false)) (= boundary (- phase_27 1)))))
 (let (($x19875 (and (and (= read_index 2) (not false)) (= boundary (- phase_14 1)))))
 (let (($x6936 (and (and (= read_index 1) (not false)) (= boundary (- phase_1 1)))))
 (let (($x40901 (and (and (= read_index 0) (not false)) (= boundary (- phase_0 1)))))
 (let (($x31149 (or (and $x40901 $x66929) (and $x6936 $x66929) (and $x19875 $x66929) (and $x16961 $x66929) (and $x2600 $x66929) (and $x10668 $x66929) (and $x17227 $x66929) (and $x21352 $x66929) (and $x5516 $x66929) (and $x17094 $x66929) (and $x20340 $x66929) (and $x10031 $x66929) (and $x70393 $x66929) (and $x11163 $x66929) (and $x5694 $x66929) (and $x12014 $x66929) (and $x70391 $x66929) (and $x10947 $x66929) (and $x6353 $x66929) (and $x6630 $x66929))))
 (and $x31149 (and (distinct ?x11459 read_value) true))))))))))))))))))))))))))))
(check-sat)
