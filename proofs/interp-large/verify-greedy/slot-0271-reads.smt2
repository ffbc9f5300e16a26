(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_790 () Int)
(declare-fun phase_834 () Int)
(declare-fun phase_835 () Int)
(declare-fun phase_836 () Int)
(declare-fun phase_837 () Int)
(declare-fun phase_838 () Int)
(declare-fun phase_839 () Int)
(declare-fun phase_840 () Int)
(declare-fun phase_841 () Int)
(declare-fun phase_842 () Int)
(declare-fun phase_843 () Int)
(declare-fun phase_844 () Int)
(declare-fun phase_845 () Int)
(declare-fun phase_847 () Int)
(declare-fun read_value () Real)
(declare-fun x_1158 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_790 12))
(assert
 (= phase_834 22))
(assert
 (= phase_835 22))
(assert
 (= phase_836 22))
(assert
 (= phase_837 22))
(assert
 (= phase_838 22))
(assert
 (= phase_839 22))
(assert
 (= phase_840 22))
(assert
 (= phase_841 22))
(assert
 (= phase_842 22))
(assert
 (= phase_843 22))
(assert
 (= phase_844 22))
(assert
 (= phase_845 22))
(assert
 (= phase_847 23))
(assert
 (let ((?x91749 (* (- 1.0) x_1158)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x98089 (ite $x24162 ?x91749 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x87819 (ite $x175310 (* 1.0 x_1158) 0.0)))
 (let ((?x107271 (+ ?x87819 ?x98089)))
 (let (($x100015 (= read_value x_1158)))
 (let (($x197388 (= read_index 12)))
 (let (($x202841 (and (and $x197388 (not (= phase_790 (- phase_847 1)))) (= boundary (- phase_847 2)))))
 (let (($x216381 (and (and (= read_index 11) (not false)) (= boundary (- phase_845 1)))))
 (let (($x190521 (and (and (= read_index 10) (not false)) (= boundary (- phase_844 1)))))
 (let (($x137887 (and (and (= read_index 9) (not false)) (= boundary (- phase_843 1)))))
 (let (($x223126 (and (and (= read_index 8) (not false)) (= boundary (- phase_842 1)))))
 (let (($x56598 (and (and (= read_index 7) (not false)) (= boundary (- phase_841 1)))))
 (let (($x55391 (and (and (= read_index 6) (not false)) (= boundary (- phase_840 1)))))
 (let (($x102366 (and (and (= read_index 5) (not false)) (= boundary (- phase_839 1)))))
 (let (($x157352 (and (and (= read_index 4) (not false)) (= boundary (- phase_838 1)))))
 (let (($x137949 (and (and (= read_index 3) (not false)) (= boundary (- phase_837 1)))))
 (let (($x123384 (and (and (= read_index 2) (not false)) (= boundary (- phase_836 1)))))
 (let (($x155328 (and (and (= read_index 1) (not false)) (= boundary (- phase_835 1)))))
 (let (($x98835 (and (and (= read_index 0) (not false)) (= boundary (- phase_834 1)))))
 (let (($x79534 (or (and $x98835 $x100015) (and $x155328 $x100015) (and $x123384 $x100015) (and $x137949 $x100015) (and $x157352 $x100015) (and $x102366 $x100015) (and $x55391 $x100015) (and $x56598 $x100015) (and $x223126 $x100015) (and $x137887 $x100015) (and $x190521 $x100015) (and $x216381 $x100015) (and $x202841 $x100015))))
 (and $x79534 (and (distinct ?x107271 read_value) true)))))))))))))))))))))))))
(check-sat)
