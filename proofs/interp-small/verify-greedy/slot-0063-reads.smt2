(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_40 () Int)
(declare-fun phase_50 () Int)
(declare-fun phase_81 () Int)
(declare-fun phase_82 () Int)
(declare-fun phase_84 () Int)
(declare-fun phase_97 () Int)
(declare-fun phase_98 () Int)
(declare-fun phase_99 () Int)
(declare-fun phase_107 () Int)
(declare-fun phase_108 () Int)
(declare-fun phase_123 () Int)
(declare-fun phase_135 () Int)
(declare-fun phase_187 () Int)
(declare-fun phase_189 () Int)
(declare-fun phase_196 () Int)
(declare-fun read_value () Real)
(declare-fun x_85 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_40 8))
(assert
 (= phase_50 10))
(assert
 (= phase_81 22))
(assert
 (= phase_82 22))
(assert
 (= phase_84 23))
(assert
 (= phase_97 10))
(assert
 (= phase_98 10))
(assert
 (= phase_99 10))
(assert
 (= phase_107 10))
(assert
 (= phase_108 10))
(assert
 (= phase_123 26))
(assert
 (= phase_135 30))
(assert
 (= phase_187 30))
(assert
 (= phase_189 34))
(assert
 (= phase_196 10))
(assert
 (let ((?x4914 (* (- 1.0) x_85)))
 (let (($x16479 (>= boundary 35)))
 (let ((?x10791 (ite $x16479 ?x4914 0.0)))
 (let ((?x11225 (+ (ite (>= boundary 9) (* 1.0 x_85) 0.0) ?x10791)))
 (let (($x10330 (= read_value x_85)))
 (let (($x15087 (and (and (= read_index 13) (not false)) (= boundary (- phase_196 1)))))
 (let (($x5717 (and (and (= read_index 12) (not false)) (= boundary (- phase_189 1)))))
 (let (($x11931 (and (and (= read_index 11) (not false)) (= boundary (- phase_187 1)))))
 (let (($x33940 (and (and (= read_index 10) (not false)) (= boundary (- phase_135 1)))))
 (let (($x10792 (and (and (= read_index 9) (not false)) (= boundary (- phase_123 1)))))
 (let (($x33041 (and (and (= read_index 8) (not false)) (= boundary (- phase_108 1)))))
 (let (($x10346 (and (and (= read_index 7) (not false)) (= boundary (- phase_107 1)))))
 (let (($x58488 (and (and (= read_index 6) (not false)) (= boundary (- phase_99 1)))))
 (let (($x20564 (and (and (= read_index 5) (not false)) (= boundary (- phase_98 1)))))
 (let (($x33995 (and (and (= read_index 4) (not false)) (= boundary (- phase_97 1)))))
 (let (($x13678 (and (and (= read_index 3) (not (= phase_40 (- phase_84 1)))) (= boundary (- phase_84 2)))))
 (let (($x57265 (and (and (= read_index 2) (not false)) (= boundary (- phase_82 1)))))
 (let (($x21731 (and (and (= read_index 1) (not false)) (= boundary (- phase_81 1)))))
 (let (($x9369 (and (and (= read_index 0) (not false)) (= boundary (- phase_50 1)))))
 (let (($x18352 (or (and $x9369 $x10330) (and $x21731 $x10330) (and $x57265 $x10330) (and $x13678 $x10330) (and $x33995 $x10330) (and $x20564 $x10330) (and $x58488 $x10330) (and $x10346 $x10330) (and $x33041 $x10330) (and $x10792 $x10330) (and $x33940 $x10330) (and $x11931 $x10330) (and $x5717 $x10330) (and $x15087 $x10330))))
 (and $x18352 (and (distinct ?x11225 read_value) true)))))))))))))))))))))))
(check-sat)
