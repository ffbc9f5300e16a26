(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_163 () Int)
(declare-fun phase_186 () Int)
(declare-fun phase_192 () Int)
(declare-fun phase_194 () Int)
(declare-fun phase_197 () Int)
(declare-fun phase_220 () Int)
(declare-fun phase_235 () Int)
(declare-fun phase_499 () Int)
(declare-fun read_value () Real)
(declare-fun x_173 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_163 13))
(assert
 (= phase_186 12))
(assert
 (= phase_192 10))
(assert
 (= phase_194 14))
(assert
 (= phase_197 10))
(assert
 (= phase_220 18))
(assert
 (= phase_235 19))
(assert
 (= phase_499 38))
(assert
 (let ((?x64904 (* (- 1.0) x_173)))
 (let (($x54498 (>= boundary 39)))
 (let ((?x67322 (ite $x54498 ?x64904 0.0)))
 (let ((?x98771 (+ (ite (>= boundary 9) (* 1.0 x_173) 0.0) ?x67322)))
 (let (($x114904 (= read_value x_173)))
 (let (($x105717 (and (and (= read_index 7) (not false)) (= boundary (- phase_499 1)))))
 (let (($x131141 (and (and (= read_index 6) (not false)) (= boundary (- phase_235 2)))))
 (let (($x105782 (and (and (= read_index 5) (not false)) (= boundary (- phase_220 1)))))
 (let (($x58669 (and (and (= read_index 4) (not false)) (= boundary (- phase_197 1)))))
 (let (($x3004 (and (and (= read_index 3) (not false)) (= boundary (- phase_194 1)))))
 (let (($x130690 (and (and (= read_index 2) (not false)) (= boundary (- phase_192 1)))))
 (let (($x111171 (and (and (= read_index 1) (not false)) (= boundary (- phase_186 1)))))
 (let (($x111959 (and (and (= read_index 0) (not false)) (= boundary (- phase_163 2)))))
 (let (($x94501 (or (and $x111959 $x114904) (and $x111171 $x114904) (and $x130690 $x114904) (and $x3004 $x114904) (and $x58669 $x114904) (and $x105782 $x114904) (and $x131141 $x114904) (and $x105717 $x114904))))
 (and $x94501 (and (distinct ?x98771 read_value) true)))))))))))))))))
(check-sat)
