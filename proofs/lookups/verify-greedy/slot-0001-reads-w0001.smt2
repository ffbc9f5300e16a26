(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_1 () Int)
(declare-fun phase_2 () Int)
(declare-fun phase_3 () Int)
(declare-fun phase_5 () Int)
(declare-fun phase_12 () Int)
(declare-fun phase_13 () Int)
(declare-fun phase_14 () Int)
(declare-fun phase_15 () Int)
(declare-fun phase_16 () Int)
(declare-fun phase_17 () Int)
(declare-fun phase_18 () Int)
(declare-fun phase_19 () Int)
(declare-fun phase_20 () Int)
(declare-fun phase_21 () Int)
(declare-fun phase_22 () Int)
(declare-fun phase_23 () Int)
(declare-fun phase_24 () Int)
(declare-fun phase_25 () Int)
(declare-fun phase_26 () Int)
(declare-fun phase_27 () Int)
(declare-fun phase_28 () Int)
(declare-fun phase_29 () Int)
(declare-fun phase_110 () Int)
(declare-fun phase_111 () Int)
(declare-fun phase_112 () Int)
(declare-fun phase_113 () Int)
(declare-fun phase_114 () Int)
(declare-fun phase_115 () Int)
(declare-fun phase_116 () Int)
(declare-fun phase_117 () Int)
(declare-fun phase_118 () Int)
(declare-fun phase_119 () Int)
(declare-fun phase_120 () Int)
(declare-fun phase_121 () Int)
(declare-fun phase_122 () Int)
(declare-fun phase_123 () Int)
(declare-fun phase_124 () Int)
(declare-fun phase_125 () Int)
(declare-fun phase_127 () Int)
(declare-fun phase_130 () Int)
(declare-fun phase_133 () Int)
(declare-fun phase_136 () Int)
(declare-fun phase_139 () Int)
(declare-fun phase_142 () Int)
(declare-fun phase_145 () Int)
(declare-fun phase_148 () Int)
(declare-fun phase_151 () Int)
(declare-fun phase_154 () Int)
(declare-fun phase_157 () Int)
(declare-fun phase_160 () Int)
(declare-fun phase_163 () Int)
(declare-fun phase_166 () Int)
(declare-fun phase_169 () Int)
(declare-fun x_1 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_1 2))
(assert
 (= phase_2 2))
(assert
 (= phase_3 2))
(assert
 (= phase_5 2))
(assert
 (= phase_12 0))
(assert
 (= phase_13 1))
(assert
 (= phase_14 0))
(assert
 (= phase_15 0))
(assert
 (= phase_16 0))
(assert
 (= phase_17 0))
(assert
 (= phase_18 0))
(assert
 (= phase_19 0))
(assert
 (= phase_20 0))
(assert
 (= phase_21 0))
(assert
 (= phase_22 0))
(assert
 (= phase_23 0))
(assert
 (= phase_24 0))
(assert
 (= phase_25 0))
(assert
 (= phase_26 0))
(assert
 (= phase_27 0))
(assert
 (= phase_28 0))
(assert
 (= phase_29 0))
(assert
 (= phase_110 4))
(assert
 (= phase_111 4))
(assert
 (= phase_112 4))
(assert
 (= phase_113 4))
(assert
 (= phase_114 4))
(assert
 (= phase_115 4))
(assert
 (= phase_116 4))
(assert
 (= phase_117 4))
(assert
 (= phase_118 4))
(assert
 (= phase_119 4))
(assert
 (= phase_120 4))
(assert
 (= phase_121 4))
(assert
 (= phase_122 4))
(assert
 (= phase_123 4))
(assert
 (= phase_124 4))
(assert
 (= phase_125 4))
(assert
 (= phase_127 8))
(assert
 (= phase_130 8))
(assert
 (= phase_133 8))
(assert
 (= phase_136 8))
(assert
 (= phase_139 8))
(assert
 (= phase_142 8))
(assert
 (= phase_145 8))
(assert
 (= phase_148 8))
(assert
 (= phase_151 8))
(assert
 (= phase_154 8))
(assert
 (= phase_157 8))
(assert
 (= phase_160 8))
(assert
 (= phase_163 8))
(assert
 (= phase_166 8))
(assert
 (= phase_169 8))
(assert
 (let ((?x8016 (ite (and (and true (<= (- 1) (- 1))) (< (- 1) 536870911)) x_1 0.0)))
 (= window_start_contents ?x8016)))
(assert
 (let (($x8756 (and (distinct window_start_contents read_value) true)))
 (let (($x34134 (not (and (and true (> boundary (- 1))) (<= boundary 3)))))
 (let (($x53899 (or $x34134 $x8756)))
 (let (($x43958 (= read_value x_1)))
 (let (($x8071 (and (and (= read_index 37) (not false)) (= boundary (- phase_125 1)))))
 (let (($x41443 (and $x8071 $x43958)))
 (let (($x51207 (and (and (= read_index 36) (not false)) (= boundary (- phase_124 1)))))
 (let (($x17604 (and $x51207 $x43958)))
 (let (($x30176 (and (and (= read_index 35) (not false)) (= boundary (- phase_123 1)))))
 (let (($x19259 (and $x30176 $x43958)))
 (let (($x43668 (and (and (= read_index 34) (not false)) (= boundary (- phase_122 1)))))
 (let (($x43494 (and $x43668 $x43958)))
 (let (($x51036 (and (and (= read_index 33) (not false)) (= boundary (- phase_121 1)))))
 (let (($x12555 (and $x51036 $x43958)))
 (let (($x7128 (and (and (= read_index 32) (not false)) (= boundary (- phase_120 1)))))
 (let (($x44159 (and $x7128 $x43958)))
 (let (($x51301 (and (and (= read_index 31) (not false)) (= boundary (- phase_119 1)))))
 (let (($x11831 (and $x51301 $x43958)))
 (let (($x53535 (and (and (= read_index 30) (not false)) (= boundary (- phase_118 1)))))
 (let (($x38788 (and $x53535 $x43958)))
 (let (($x16495 (and (and (= read_index 29) (not false)) (= boundary (- phase_117 1)))))
 (let (($x25159 (and $x16495 $x43958)))
 (let (($x12694 (and (and (= read_index 28) (not false)) (= boundary (- phase_116 1)))))
 (let (($x7528 (and $x12694 $x43958)))
 (let (($x14127 (and (and (= read_index 27) (not false)) (= boundary (- phase_115 1)))))
 (let (($x6822 (and $x14127 $x43958)))
 (let (($x53884 (and (and (= read_index 26) (not false)) (= boundary (- phase_114 1)))))
 (let (($x52284 (and $x53884 $x43958)))
 (let (($x33842 (and (and (= read_index 25) (not false)) (= boundary (- phase_113 1)))))
 (let (($x1500 (and $x33842 $x43958)))
 (let (($x43626 (and (and (= read_index 24) (not false)) (= boundary (- phase_112 1)))))
 (let (($x9260 (and $x43626 $x43958)))
 (let (($x44148 (and (and (= read_index 23) (not false)) (= boundary (- phase_111 1)))))
 (let (($x34528 (and $x44148 $x43958)))
 (let (($x34549 (and (and (= read_index 22) (not false)) (= boundary (- phase_110 1)))))
 (let (($x10755 (and $x34549 $x43958)))
 (let (($x53612 (and (and (= read_index 3) (not false)) (= boundary (- phase_5 1)))))
 (let (($x53765 (and $x53612 $x43958)))
 (let (($x44052 (and (and (= read_index 2) (not false)) (= boundary (- phase_3 1)))))
 (let (($x44059 (and $x44052 $x43958)))
 (let (($x19292 (and (and (= read_index 1) (not false)) (= boundary (- phase_2 1)))))
 (let (($x19697 (and $x19292 $x43958)))
 (let (($x7607 (and (and (= read_index 0) (not false)) (= boundary (- phase_1 1)))))
 (let (($x8646 (and $x7607 $x43958)))
 (let (($x53740 (or $x8646 $x19697 $x44059 $x53765 $x10755 $x34528 $x9260 $x1500 $x52284 $x6822 $x7528 $x25159 $x38788 $x11831 $x44159 $x12555 $x43494 $x19259 $x17604 $x41443)))
 (and $x53740 $x53899)))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
