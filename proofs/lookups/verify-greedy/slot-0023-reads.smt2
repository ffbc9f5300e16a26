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
(declare-fun phase_132 () Int)
(declare-fun phase_135 () Int)
(declare-fun phase_137 () Int)
(declare-fun read_value () Real)
(declare-fun x_157 () Real)
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
 (= phase_57 2))
(assert
 (= phase_58 2))
(assert
 (= phase_59 2))
(assert
 (= phase_72 2))
(assert
 (= phase_73 2))
(assert
 (= phase_74 2))
(assert
 (= phase_87 2))
(assert
 (= phase_88 2))
(assert
 (= phase_89 2))
(assert
 (= phase_113 4))
(assert
 (= phase_132 4))
(assert
 (= phase_135 4))
(assert
 (= phase_137 10))
(assert
 (let ((?x21767 (* (- 1.0) x_157)))
 (let (($x19148 (>= boundary 11)))
 (let ((?x21886 (ite $x19148 ?x21767 0.0)))
 (let (($x18882 (>= boundary 9)))
 (let ((?x21153 (ite $x18882 (* 1.0 x_157) 0.0)))
 (let ((?x7015 (* (- 1.0) x_34)))
 (let (($x36784 (>= boundary 5)))
 (let ((?x11351 (ite $x36784 ?x7015 0.0)))
 (let (($x45349 (>= boundary 1)))
 (let ((?x5315 (ite $x45349 (* 1.0 x_34) 0.0)))
 (let ((?x30659 (+ ?x5315 ?x11351 ?x21153 ?x21886)))
 (let (($x51273 (= read_value x_157)))
 (let (($x10645 (and (and (= read_index 15) (not false)) (= boundary (- phase_137 1)))))
 (let (($x19693 (= read_value x_34)))
 (let (($x45300 (and (and (= read_index 14) (not false)) (= boundary (- phase_135 1)))))
 (let (($x35459 (and (and (= read_index 13) (not false)) (= boundary (- phase_132 1)))))
 (let (($x24568 (and (and (= read_index 12) (not false)) (= boundary (- phase_113 1)))))
 (let (($x31596 (and (and (= read_index 11) (not false)) (= boundary (- phase_89 1)))))
 (let (($x4242 (and (and (= read_index 10) (not false)) (= boundary (- phase_88 1)))))
 (let (($x12831 (and (and (= read_index 9) (not false)) (= boundary (- phase_87 1)))))
 (let (($x19662 (and (and (= read_index 8) (not false)) (= boundary (- phase_74 1)))))
 (let (($x1785 (and (and (= read_index 7) (not false)) (= boundary (- phase_73 1)))))
 (let (($x21447 (and (and (= read_index 6) (not false)) (= boundary (- phase_72 1)))))
 (let (($x26011 (and (and (= read_index 5) (not false)) (= boundary (- phase_59 1)))))
 (let (($x15776 (and (and (= read_index 4) (not false)) (= boundary (- phase_58 1)))))
 (let (($x52223 (and (and (= read_index 3) (not false)) (= boundary (- phase_57 1)))))
 (let (($x50880 (and (and (= read_index 2) (not false)) (= boundary (- phase_44 1)))))
 (let (($x30526 (and (and (= read_index 1) (not false)) (= boundary (- phase_43 1)))))
 (let (($x14696 (and (and (= read_index 0) (not false)) (= boundary (- phase_42 1)))))
 (let (($x3383 (or (and $x14696 $x19693) (and $x30526 $x19693) (and $x50880 $x19693) (and $x52223 $x19693) (and $x15776 $x19693) (and $x26011 $x19693) (and $x21447 $x19693) (and $x1785 $x19693) (and $x19662 $x19693) (and $x12831 $x19693) (and $x4242 $x19693) (and $x31596 $x19693) (and $x24568 $x19693) (and $x35459 $x19693) (and $x45300 $x19693) (and $x10645 $x51273))))
 (and $x3383 (and (distinct ?x30659 read_value) true)))))))))))))))))))))))))))))))))
(check-sat)
