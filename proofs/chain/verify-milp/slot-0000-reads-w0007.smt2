(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_154 () Int)
(declare-fun phase_167 () Int)
(declare-fun phase_168 () Int)
(declare-fun phase_177 () Int)
(declare-fun phase_178 () Int)
(declare-fun phase_180 () Int)
(declare-fun phase_181 () Int)
(declare-fun phase_187 () Int)
(declare-fun phase_188 () Int)
(declare-fun phase_190 () Int)
(declare-fun phase_191 () Int)
(declare-fun phase_193 () Int)
(declare-fun phase_194 () Int)
(declare-fun phase_198 () Int)
(declare-fun phase_208 () Int)
(declare-fun phase_209 () Int)
(declare-fun phase_210 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_154 58))
(assert
 (= phase_167 62))
(assert
 (= phase_168 62))
(assert
 (= phase_177 62))
(assert
 (= phase_178 62))
(assert
 (= phase_180 66))
(assert
 (= phase_181 66))
(assert
 (= phase_187 62))
(assert
 (= phase_188 62))
(assert
 (= phase_190 66))
(assert
 (= phase_191 66))
(assert
 (= phase_193 70))
(assert
 (= phase_194 70))
(assert
 (= phase_198 68))
(assert
 (= phase_208 70))
(assert
 (= phase_209 70))
(assert
 (= phase_210 70))
(assert
 (let ((?x2987 (+ phase_154 1)))
 (let (($x16019 (> ?x2987 (- 1))))
 (let ((?x24017 (ite $x16019 ?x2987 (- 1))))
 (= window_start_contents (ite (and (and true (<= (- 1) 57)) (< 57 ?x24017)) x_0 0.0))))))
(assert
 (let (($x9328 (and (distinct window_start_contents read_value) true)))
 (let (($x26097 (not (and (and true (> boundary 57)) (<= boundary 69)))))
 (let (($x23467 (or $x26097 $x9328)))
 (let (($x16839 (= read_value x_0)))
 (let (($x26911 (and (and (= read_index 148) (not false)) (= boundary (- phase_210 1)))))
 (let (($x23111 (and $x26911 $x16839)))
 (let (($x2105 (and (and (= read_index 147) (not false)) (= boundary (- phase_209 1)))))
 (let (($x25217 (and $x2105 $x16839)))
 (let (($x24899 (and (and (= read_index 146) (not false)) (= boundary (- phase_208 1)))))
 (let (($x23554 (and $x24899 $x16839)))
 (let (($x24297 (and (and (= read_index 138) (not false)) (= boundary (- phase_198 1)))))
 (let (($x24035 (and $x24297 $x16839)))
 (let (($x22509 (and (and (= read_index 135) (not false)) (= boundary (- phase_194 1)))))
 (let (($x5219 (and $x22509 $x16839)))
 (let (($x23580 (and (and (= read_index 134) (not false)) (= boundary (- phase_193 1)))))
 (let (($x22478 (and $x23580 $x16839)))
 (let (($x25203 (and (and (= read_index 133) (not false)) (= boundary (- phase_191 1)))))
 (let (($x8801 (and $x25203 $x16839)))
 (let (($x24675 (and (and (= read_index 132) (not false)) (= boundary (- phase_190 1)))))
 (let (($x24532 (and $x24675 $x16839)))
 (let (($x2130 (and (and (= read_index 131) (not false)) (= boundary (- phase_188 1)))))
 (let (($x24213 (and $x2130 $x16839)))
 (let (($x26909 (and (and (= read_index 130) (not false)) (= boundary (- phase_187 1)))))
 (let (($x24542 (and $x26909 $x16839)))
 (let (($x9184 (and (and (= read_index 126) (not false)) (= boundary (- phase_181 1)))))
 (let (($x25028 (and $x9184 $x16839)))
 (let (($x24013 (and (and (= read_index 125) (not false)) (= boundary (- phase_180 1)))))
 (let (($x24070 (and $x24013 $x16839)))
 (let (($x11671 (and (and (= read_index 124) (not false)) (= boundary (- phase_178 1)))))
 (let (($x16809 (and $x11671 $x16839)))
 (let (($x25970 (and (and (= read_index 123) (not false)) (= boundary (- phase_177 1)))))
 (let (($x27150 (and $x25970 $x16839)))
 (let (($x23468 (and (and (= read_index 117) (not false)) (= boundary (- phase_168 1)))))
 (let (($x23739 (and $x23468 $x16839)))
 (let (($x15900 (and (and (= read_index 116) (not false)) (= boundary (- phase_167 1)))))
 (let (($x16402 (and $x15900 $x16839)))
 (let (($x25176 (or $x16402 $x23739 $x27150 $x16809 $x24070 $x25028 $x24542 $x24213 $x24532 $x8801 $x22478 $x5219 $x24035 $x23554 $x25217 $x23111)))
 (and $x25176 $x23467)))))))))))))))))))))))))))))))))))))))
(check-sat)
