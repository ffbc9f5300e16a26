(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_38 () Int)
(declare-fun phase_39 () Int)
(declare-fun phase_40 () Int)
(declare-fun phase_53 () Int)
(declare-fun phase_54 () Int)
(declare-fun phase_55 () Int)
(declare-fun phase_68 () Int)
(declare-fun phase_69 () Int)
(declare-fun phase_70 () Int)
(declare-fun phase_108 () Int)
(declare-fun phase_112 () Int)
(declare-fun phase_129 () Int)
(declare-fun phase_132 () Int)
(declare-fun phase_134 () Int)
(declare-fun read_value () Real)
(declare-fun x_153 () Real)
(declare-fun boundary () Int)
(declare-fun x_32 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_38 2))
(assert
 (= phase_39 2))
(assert
 (= phase_40 2))
(assert
 (= phase_53 2))
(assert
 (= phase_54 2))
(assert
 (= phase_55 2))
(assert
 (= phase_68 2))
(assert
 (= phase_69 2))
(assert
 (= phase_70 2))
(assert
 (= phase_108 2))
(assert
 (= phase_112 4))
(assert
 (= phase_129 4))
(assert
 (= phase_132 4))
(assert
 (= phase_134 10))
(assert
 (let ((?x20899 (* (- 1.0) x_153)))
 (let (($x19148 (>= boundary 11)))
 (let ((?x30283 (ite $x19148 ?x20899 0.0)))
 (let (($x18882 (>= boundary 9)))
 (let ((?x19020 (ite $x18882 (* 1.0 x_153) 0.0)))
 (let ((?x3927 (* (- 1.0) x_32)))
 (let (($x36784 (>= boundary 5)))
 (let ((?x4354 (ite $x36784 ?x3927 0.0)))
 (let (($x45349 (>= boundary 1)))
 (let ((?x3680 (ite $x45349 (* 1.0 x_32) 0.0)))
 (let ((?x30525 (+ ?x3680 ?x4354 ?x19020 ?x30283)))
 (let (($x4871 (= read_value x_153)))
 (let (($x45335 (and (and (= read_index 13) (not false)) (= boundary (- phase_134 1)))))
 (let (($x6828 (= read_value x_32)))
 (let (($x18558 (and (and (= read_index 12) (not false)) (= boundary (- phase_132 1)))))
 (let (($x24554 (and (and (= read_index 11) (not false)) (= boundary (- phase_129 1)))))
 (let (($x31312 (and (and (= read_index 10) (not false)) (= boundary (- phase_112 1)))))
 (let (($x3607 (and (and (= read_index 9) (not false)) (= boundary (- phase_108 1)))))
 (let (($x50420 (and (and (= read_index 8) (not false)) (= boundary (- phase_70 1)))))
 (let (($x6608 (and (and (= read_index 7) (not false)) (= boundary (- phase_69 1)))))
 (let (($x30676 (and (and (= read_index 6) (not false)) (= boundary (- phase_68 1)))))
 (let (($x34956 (and (and (= read_index 5) (not false)) (= boundary (- phase_55 1)))))
 (let (($x50782 (and (and (= read_index 4) (not false)) (= boundary (- phase_54 1)))))
 (let (($x26620 (and (and (= read_index 3) (not false)) (= boundary (- phase_53 1)))))
 (let (($x51129 (and (and (= read_index 2) (not false)) (= boundary (- phase_40 1)))))
 (let (($x47698 (and (and (= read_index 1) (not false)) (= boundary (- phase_39 1)))))
 (let (($x5431 (and (and (= read_index 0) (not false)) (= boundary (- phase_38 1)))))
 (let (($x42305 (or (and $x5431 $x6828) (and $x47698 $x6828) (and $x51129 $x6828) (and $x26620 $x6828) (and $x50782 $x6828) (and $x34956 $x6828) (and $x30676 $x6828) (and $x6608 $x6828) (and $x50420 $x6828) (and $x3607 $x6828) (and $x31312 $x6828) (and $x24554 $x6828) (and $x18558 $x6828) (and $x45335 $x4871))))
 (and $x42305 (and (distinct ?x30525 read_value) true)))))))))))))))))))))))))))))))
(check-sat)
