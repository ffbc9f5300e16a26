(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_40 () Int)
(declare-fun phase_44 () Int)
(declare-fun phase_73 () Int)
(declare-fun phase_74 () Int)
(declare-fun phase_76 () Int)
(declare-fun phase_89 () Int)
(declare-fun phase_90 () Int)
(declare-fun phase_91 () Int)
(declare-fun phase_117 () Int)
(declare-fun phase_129 () Int)
(declare-fun phase_169 () Int)
(declare-fun phase_171 () Int)
(declare-fun phase_194 () Int)
(declare-fun read_value () Real)
(declare-fun x_83 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_40 8))
(assert
 (= phase_44 10))
(assert
 (= phase_73 14))
(assert
 (= phase_74 14))
(assert
 (= phase_76 15))
(assert
 (= phase_89 10))
(assert
 (= phase_90 10))
(assert
 (= phase_91 10))
(assert
 (= phase_117 26))
(assert
 (= phase_129 30))
(assert
 (= phase_169 30))
(assert
 (= phase_171 34))
(assert
 (= phase_194 10))
(assert
 (let ((?x6284 (* (- 1.0) x_83)))
 (let (($x16479 (>= boundary 35)))
 (let ((?x6435 (ite $x16479 ?x6284 0.0)))
 (let ((?x6603 (+ (ite (>= boundary 9) (* 1.0 x_83) 0.0) ?x6435)))
 (let (($x15575 (= read_value x_83)))
 (let (($x17483 (and (and (= read_index 11) (not false)) (= boundary (- phase_194 1)))))
 (let (($x30714 (and (and (= read_index 10) (not false)) (= boundary (- phase_171 1)))))
 (let (($x5555 (and (and (= read_index 9) (not false)) (= boundary (- phase_169 1)))))
 (let (($x23642 (and (and (= read_index 8) (not false)) (= boundary (- phase_129 1)))))
 (let (($x6457 (and (and (= read_index 7) (not false)) (= boundary (- phase_117 1)))))
 (let (($x5235 (and (and (= read_index 6) (not false)) (= boundary (- phase_91 1)))))
 (let (($x9499 (and (and (= read_index 5) (not false)) (= boundary (- phase_90 1)))))
 (let (($x9205 (and (and (= read_index 4) (not false)) (= boundary (- phase_89 1)))))
 (let (($x20570 (and (and (= read_index 3) (not (= phase_40 (- phase_76 1)))) (= boundary (- phase_76 2)))))
 (let (($x36537 (and (and (= read_index 2) (not false)) (= boundary (- phase_74 1)))))
 (let (($x22177 (and (and (= read_index 1) (not false)) (= boundary (- phase_73 1)))))
 (let (($x12831 (and (and (= read_index 0) (not false)) (= boundary (- phase_44 1)))))
 (let (($x9264 (or (and $x12831 $x15575) (and $x22177 $x15575) (and $x36537 $x15575) (and $x20570 $x15575) (and $x9205 $x15575) (and $x9499 $x15575) (and $x5235 $x15575) (and $x6457 $x15575) (and $x23642 $x15575) (and $x5555 $x15575) (and $x30714 $x15575) (and $x17483 $x15575))))
 (and $x9264 (and (distinct ?x6603 read_value) true)))))))))))))))))))))
(check-sat)
