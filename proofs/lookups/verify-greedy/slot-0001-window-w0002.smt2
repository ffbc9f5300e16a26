(set-logic QF_LIRA)
; 
(set-info :status unknown)
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
(declare-fun boundary_half () Int)
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
 (let ((?x5617 (ite (and (and true (<= (- 1) 3)) (< 3 536870911)) x_1 0.0)))
 (= window_start_contents ?x5617)))
(assert
 (let (($x10872 (and (distinct window_start_contents read_value) true)))
 (let (($x5561 (= read_value x_1)))
 (let (($x21534 (and (and (= read_index 52) (not false)) (= boundary (- phase_169 1)))))
 (let (($x19356 (and (and (= read_index 51) (not false)) (= boundary (- phase_166 1)))))
 (let (($x16103 (and (and (= read_index 50) (not false)) (= boundary (- phase_163 1)))))
 (let (($x50946 (and (and (= read_index 49) (not false)) (= boundary (- phase_160 1)))))
 (let (($x20712 (and (and (= read_index 48) (not false)) (= boundary (- phase_157 1)))))
 (let (($x1728 (and (and (= read_index 47) (not false)) (= boundary (- phase_154 1)))))
 (let (($x12767 (and (and (= read_index 46) (not false)) (= boundary (- phase_151 1)))))
 (let (($x2582 (and (and (= read_index 45) (not false)) (= boundary (- phase_148 1)))))
 (let (($x20674 (and (and (= read_index 44) (not false)) (= boundary (- phase_145 1)))))
 (let (($x14743 (and (and (= read_index 43) (not false)) (= boundary (- phase_142 1)))))
 (let (($x6925 (and (and (= read_index 42) (not false)) (= boundary (- phase_139 1)))))
 (let (($x4218 (and (and (= read_index 41) (not false)) (= boundary (- phase_136 1)))))
 (let (($x3586 (and (and (= read_index 40) (not false)) (= boundary (- phase_133 1)))))
 (let (($x29024 (and (and (= read_index 39) (not false)) (= boundary (- phase_130 1)))))
 (let (($x9730 (and (and (= read_index 38) (not false)) (= boundary (- phase_127 1)))))
 (let (($x7412 (or (and $x9730 $x5561) (and $x29024 $x5561) (and $x3586 $x5561) (and $x4218 $x5561) (and $x6925 $x5561) (and $x14743 $x5561) (and $x20674 $x5561) (and $x2582 $x5561) (and $x12767 $x5561) (and $x1728 $x5561) (and $x20712 $x5561) (and $x50946 $x5561) (and $x16103 $x5561) (and $x19356 $x5561) (and $x21534 $x5561))))
 (let (($x2781 (and $x7412 (or (not (and true (> boundary 3))) $x10872))))
 (let ((?x4761 (ite (and (and true (<= (- 1) boundary)) (< boundary 536870911)) x_1 0.0)))
 (let (($x7147 (and (distinct window_start_contents ?x4761) true)))
 (let (($x6188 (> boundary 3)))
 (let (($x6348 (and true $x6188)))
 (let (($x41963 (<= boundary 11)))
 (let (($x40065 (>= boundary (- 1))))
 (let (($x41764 (and (= boundary (+ (* 2 boundary_half) 1)) $x40065)))
 (let (($x41971 (and $x41764 $x41963)))
 (let (($x6386 (and $x41971 $x6348)))
 (let (($x6624 (and $x6386 $x7147)))
 (or $x6624 $x2781)))))))))))))))))))))))))))))))
(check-sat)
