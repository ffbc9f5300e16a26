(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_61 () Int)
(declare-fun phase_62 () Int)
(declare-fun phase_63 () Int)
(declare-fun phase_76 () Int)
(declare-fun phase_77 () Int)
(declare-fun phase_78 () Int)
(declare-fun phase_91 () Int)
(declare-fun phase_92 () Int)
(declare-fun phase_93 () Int)
(declare-fun phase_114 () Int)
(declare-fun phase_134 () Int)
(declare-fun phase_135 () Int)
(declare-fun phase_138 () Int)
(declare-fun read_value () Real)
(declare-fun x_153 () Real)
(declare-fun boundary () Int)
(declare-fun x_35 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_61 6))
(assert
 (= phase_62 6))
(assert
 (= phase_63 6))
(assert
 (= phase_76 6))
(assert
 (= phase_77 6))
(assert
 (= phase_78 6))
(assert
 (= phase_91 2))
(assert
 (= phase_92 2))
(assert
 (= phase_93 2))
(assert
 (= phase_114 4))
(assert
 (= phase_134 10))
(assert
 (= phase_135 4))
(assert
 (= phase_138 4))
(assert
 (let ((?x22441 (* (- 1.0) x_153)))
 (let (($x11768 (>= boundary 11)))
 (let ((?x22466 (ite $x11768 ?x22441 0.0)))
 (let (($x11172 (>= boundary 9)))
 (let ((?x22360 (ite $x11172 (* 1.0 x_153) 0.0)))
 (let ((?x13290 (* (- 1.0) x_35)))
 (let (($x40023 (>= boundary 7)))
 (let ((?x14240 (ite $x40023 ?x13290 0.0)))
 (let (($x12640 (>= boundary 1)))
 (let ((?x9422 (ite $x12640 (* 1.0 x_35) 0.0)))
 (let ((?x24734 (+ ?x9422 ?x14240 ?x22360 ?x22466)))
 (let (($x10117 (= read_value x_153)))
 (let (($x51421 (and (and (= read_index 12) (not false)) (= boundary (- phase_134 1)))))
 (let (($x18803 (= read_value x_35)))
 (let (($x11096 (and (and (= read_index 11) (not false)) (= boundary (- phase_138 1)))))
 (let (($x16121 (and (and (= read_index 10) (not false)) (= boundary (- phase_135 1)))))
 (let (($x15774 (and (and (= read_index 9) (not false)) (= boundary (- phase_114 1)))))
 (let (($x13278 (and (and (= read_index 8) (not false)) (= boundary (- phase_93 1)))))
 (let (($x19978 (and (and (= read_index 7) (not false)) (= boundary (- phase_92 1)))))
 (let (($x17402 (and (and (= read_index 6) (not false)) (= boundary (- phase_91 1)))))
 (let (($x23310 (and (and (= read_index 5) (not false)) (= boundary (- phase_78 1)))))
 (let (($x25513 (and (and (= read_index 4) (not false)) (= boundary (- phase_77 1)))))
 (let (($x9117 (and (and (= read_index 3) (not false)) (= boundary (- phase_76 1)))))
 (let (($x51784 (and (and (= read_index 2) (not false)) (= boundary (- phase_63 1)))))
 (let (($x24805 (and (and (= read_index 1) (not false)) (= boundary (- phase_62 1)))))
 (let (($x18671 (and (and (= read_index 0) (not false)) (= boundary (- phase_61 1)))))
 (let (($x20967 (or (and $x18671 $x18803) (and $x24805 $x18803) (and $x51784 $x18803) (and $x9117 $x18803) (and $x25513 $x18803) (and $x23310 $x18803) (and $x17402 $x18803) (and $x19978 $x18803) (and $x13278 $x18803) (and $x15774 $x18803) (and $x16121 $x18803) (and $x11096 $x18803) (and $x51421 $x10117))))
 (and $x20967 (and (distinct ?x24734 read_value) true))))))))))))))))))))))))))))))
(check-sat)
