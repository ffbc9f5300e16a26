(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_34 () Int)
(declare-fun phase_81 () Int)
(declare-fun phase_82 () Int)
(declare-fun phase_84 () Int)
(declare-fun phase_158 () Int)
(declare-fun phase_170 () Int)
(declare-fun phase_179 () Int)
(declare-fun phase_188 () Int)
(declare-fun phase_191 () Int)
(declare-fun read_value () Real)
(declare-fun x_73 () Real)
(declare-fun boundary () Int)
(declare-fun x_124 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_34 26))
(assert
 (= phase_81 22))
(assert
 (= phase_82 22))
(assert
 (= phase_84 23))
(assert
 (= phase_158 34))
(assert
 (= phase_170 34))
(assert
 (= phase_179 34))
(assert
 (= phase_188 34))
(assert
 (= phase_191 29))
(assert
 (let ((?x25215 (* (- 1.0) x_73)))
 (let (($x21637 (>= boundary 35)))
 (let ((?x59094 (ite $x21637 ?x25215 0.0)))
 (let ((?x14762 (* (- 1.0) x_124)))
 (let (($x8935 (>= boundary 23)))
 (let ((?x16388 (ite $x8935 ?x14762 0.0)))
 (let ((?x59506 (+ (ite (>= boundary 19) (* 1.0 x_124) 0.0) ?x16388 (ite (>= boundary 27) (* 1.0 x_73) 0.0) ?x59094)))
 (let (($x5030 (= read_value x_124)))
 (let (($x19492 (and (and (= read_index 7) (not false)) (= boundary (- phase_84 2)))))
 (let (($x6705 (and (and (= read_index 6) (not false)) (= boundary (- phase_82 1)))))
 (let (($x59507 (and (and (= read_index 5) (not false)) (= boundary (- phase_81 1)))))
 (let (($x14676 (= read_value x_73)))
 (let (($x50140 (= read_index 4)))
 (let (($x28896 (and (and $x50140 (not (= phase_34 (- phase_191 1)))) (= boundary (- phase_191 2)))))
 (let (($x14734 (and (and (= read_index 3) (not false)) (= boundary (- phase_188 1)))))
 (let (($x21282 (and (and (= read_index 2) (not false)) (= boundary (- phase_179 1)))))
 (let (($x59219 (and (and (= read_index 1) (not false)) (= boundary (- phase_170 1)))))
 (let (($x13223 (and (and (= read_index 0) (not false)) (= boundary (- phase_158 1)))))
 (let (($x5299 (or (and $x13223 $x14676) (and $x59219 $x14676) (and $x21282 $x14676) (and $x14734 $x14676) (and $x28896 $x14676) (and $x59507 $x5030) (and $x6705 $x5030) (and $x19492 $x5030))))
 (and $x5299 (and (distinct ?x59506 read_value) true))))))))))))))))))))))
(check-sat)
