(set-logic QF_LIRA)
; 
(set-info :status unknown)
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
(declare-fun x_2 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
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
 (let ((?x25161 (ite (and (and true (<= (- 1) (- 1))) (< (- 1) 536870911)) x_2 0.0)))
 (= window_start_contents ?x25161)))
(assert
 (let (($x8715 (and (distinct window_start_contents read_value) true)))
 (let (($x18267 (> boundary (- 1))))
 (let (($x13754 (and true $x18267)))
 (let (($x15988 (not $x13754)))
 (let (($x25150 (or $x15988 $x8715)))
 (let (($x12633 (= read_value x_2)))
 (let (($x9878 (and (and (= read_index 30) (not false)) (= boundary (- phase_169 1)))))
 (let (($x27733 (and $x9878 $x12633)))
 (let (($x2794 (and (and (= read_index 29) (not false)) (= boundary (- phase_166 1)))))
 (let (($x16228 (and $x2794 $x12633)))
 (let (($x12867 (and (and (= read_index 28) (not false)) (= boundary (- phase_163 1)))))
 (let (($x12371 (and $x12867 $x12633)))
 (let (($x14407 (and (and (= read_index 27) (not false)) (= boundary (- phase_160 1)))))
 (let (($x25725 (and $x14407 $x12633)))
 (let (($x48312 (and (and (= read_index 26) (not false)) (= boundary (- phase_157 1)))))
 (let (($x16055 (and $x48312 $x12633)))
 (let (($x21021 (and (and (= read_index 25) (not false)) (= boundary (- phase_154 1)))))
 (let (($x20849 (and $x21021 $x12633)))
 (let (($x20822 (and (and (= read_index 24) (not false)) (= boundary (- phase_151 1)))))
 (let (($x10932 (and $x20822 $x12633)))
 (let (($x10834 (and (and (= read_index 23) (not false)) (= boundary (- phase_148 1)))))
 (let (($x18905 (and $x10834 $x12633)))
 (let (($x9439 (and (and (= read_index 22) (not false)) (= boundary (- phase_145 1)))))
 (let (($x10586 (and $x9439 $x12633)))
 (let (($x15531 (and (and (= read_index 21) (not false)) (= boundary (- phase_142 1)))))
 (let (($x23096 (and $x15531 $x12633)))
 (let (($x9565 (and (and (= read_index 20) (not false)) (= boundary (- phase_139 1)))))
 (let (($x1345 (and $x9565 $x12633)))
 (let (($x22779 (and (and (= read_index 19) (not false)) (= boundary (- phase_136 1)))))
 (let (($x10600 (and $x22779 $x12633)))
 (let (($x20652 (and (and (= read_index 18) (not false)) (= boundary (- phase_133 1)))))
 (let (($x24608 (and $x20652 $x12633)))
 (let (($x15518 (and (and (= read_index 17) (not false)) (= boundary (- phase_130 1)))))
 (let (($x16036 (and $x15518 $x12633)))
 (let (($x6795 (and (and (= read_index 16) (not false)) (= boundary (- phase_127 1)))))
 (let (($x9979 (and $x6795 $x12633)))
 (let (($x55916 (or $x9979 $x16036 $x24608 $x10600 $x1345 $x23096 $x10586 $x18905 $x10932 $x20849 $x16055 $x25725 $x12371 $x16228 $x27733)))
 (and $x55916 $x25150)))))))))))))))))))))))))))))))))))))))
(check-sat)
