(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_85 () Int)
(declare-fun phase_88 () Int)
(declare-fun phase_110 () Int)
(declare-fun phase_111 () Int)
(declare-fun phase_113 () Int)
(declare-fun phase_114 () Int)
(declare-fun phase_116 () Int)
(declare-fun phase_117 () Int)
(declare-fun phase_119 () Int)
(declare-fun phase_120 () Int)
(declare-fun phase_122 () Int)
(declare-fun phase_123 () Int)
(declare-fun phase_140 () Int)
(declare-fun phase_141 () Int)
(declare-fun phase_160 () Int)
(declare-fun read_value () Real)
(declare-fun x_246 () Real)
(declare-fun boundary () Int)
(declare-fun x_128 () Real)
(declare-fun x_130 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_85 18))
(assert
 (= phase_88 21))
(assert
 (= phase_110 26))
(assert
 (= phase_111 26))
(assert
 (= phase_113 30))
(assert
 (= phase_114 30))
(assert
 (= phase_116 30))
(assert
 (= phase_117 30))
(assert
 (= phase_119 30))
(assert
 (= phase_120 30))
(assert
 (= phase_122 30))
(assert
 (= phase_123 30))
(assert
 (= phase_140 30))
(assert
 (= phase_141 30))
(assert
 (= phase_160 26))
(assert
 (let ((?x33849 (* 1.0 x_246)))
 (let (($x21637 (>= boundary 35)))
 (let ((?x34313 (ite $x21637 ?x33849 0.0)))
 (let ((?x21520 (* (- 1.0) x_128)))
 (let (($x2147 (>= boundary 31)))
 (let ((?x22650 (ite $x2147 ?x21520 0.0)))
 (let (($x8935 (>= boundary 23)))
 (let ((?x17822 (ite $x8935 (* 1.0 x_128) 0.0)))
 (let ((?x4713 (* (- 1.0) x_130)))
 (let (($x11845 (>= boundary 21)))
 (let ((?x6011 (ite $x11845 ?x4713 0.0)))
 (let (($x17828 (>= boundary 19)))
 (let ((?x4547 (ite $x17828 (* 1.0 x_130) 0.0)))
 (let ((?x36247 (+ ?x4547 ?x6011 ?x17822 ?x22650 ?x34313)))
 (let (($x26517 (= read_value x_246)))
 (let (($x10119 (= read_value x_130)))
 (let (($x7539 (and (and (= read_index 13) (not (= phase_85 (- phase_88 1)))) (= boundary (- phase_88 2)))))
 (let (($x7814 (= read_value x_128)))
 (let (($x19656 (and (and (= read_index 12) (not false)) (= boundary (- phase_160 1)))))
 (let (($x25777 (and (and (= read_index 11) (not false)) (= boundary (- phase_141 1)))))
 (let (($x10659 (and (and (= read_index 10) (not false)) (= boundary (- phase_140 1)))))
 (let (($x19605 (and (and (= read_index 9) (not false)) (= boundary (- phase_123 1)))))
 (let (($x12301 (and (and (= read_index 8) (not false)) (= boundary (- phase_122 1)))))
 (let (($x5853 (and (and (= read_index 7) (not false)) (= boundary (- phase_120 1)))))
 (let (($x21672 (and (and (= read_index 6) (not false)) (= boundary (- phase_119 1)))))
 (let (($x25342 (and (and (= read_index 5) (not false)) (= boundary (- phase_117 1)))))
 (let (($x16371 (and (and (= read_index 4) (not false)) (= boundary (- phase_116 1)))))
 (let (($x22577 (and (and (= read_index 3) (not false)) (= boundary (- phase_114 1)))))
 (let (($x44087 (and (and (= read_index 2) (not false)) (= boundary (- phase_113 1)))))
 (let (($x22266 (and (and (= read_index 1) (not false)) (= boundary (- phase_111 1)))))
 (let (($x6017 (and (and (= read_index 0) (not false)) (= boundary (- phase_110 1)))))
 (let (($x16568 (or (and $x6017 $x7814) (and $x22266 $x7814) (and $x44087 $x7814) (and $x22577 $x7814) (and $x16371 $x7814) (and $x25342 $x7814) (and $x21672 $x7814) (and $x5853 $x7814) (and $x12301 $x7814) (and $x19605 $x7814) (and $x10659 $x7814) (and $x25777 $x7814) (and $x19656 $x7814) (and $x7539 $x10119) (and (and (= read_index 14) (= boundary 35)) $x26517))))
 (and $x16568 (and (distinct ?x36247 read_value) true)))))))))))))))))))))))))))))))))))
(check-sat)
