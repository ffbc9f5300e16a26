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
 (= phase_50 22))
(assert
 (= phase_81 22))
(assert
 (= phase_82 22))
(assert
 (= phase_84 23))
(assert
 (= phase_97 18))
(assert
 (= phase_98 18))
(assert
 (= phase_99 18))
(assert
 (= phase_107 22))
(assert
 (= phase_108 22))
(assert
 (= phase_123 30))
(assert
 (= phase_135 30))
(assert
 (= phase_187 34))
(assert
 (= phase_189 34))
(assert
 (= phase_196 34))
(assert
 (let ((?x5648 (* (- 1.0) x_85)))
 (let (($x21637 (>= boundary 35)))
 (let ((?x13531 (ite $x21637 ?x5648 0.0)))
 (let (($x16708 (>= boundary 9)))
 (let ((?x4786 (ite $x16708 (* 1.0 x_85) 0.0)))
 (let ((?x16251 (+ ?x4786 ?x13531)))
 (let (($x10494 (= read_value x_85)))
 (let (($x20725 (and (and (= read_index 13) (not false)) (= boundary (- phase_196 1)))))
 (let (($x3574 (and (and (= read_index 12) (not false)) (= boundary (- phase_189 1)))))
 (let (($x33014 (and (and (= read_index 11) (not false)) (= boundary (- phase_187 1)))))
 (let (($x37662 (and (and (= read_index 10) (not false)) (= boundary (- phase_135 1)))))
 (let (($x26703 (and (and (= read_index 9) (not false)) (= boundary (- phase_123 1)))))
 (let (($x59577 (and (and (= read_index 8) (not false)) (= boundary (- phase_108 1)))))
 (let (($x14497 (and (and (= read_index 7) (not false)) (= boundary (- phase_107 1)))))
 (let (($x7627 (and (and (= read_index 6) (not false)) (= boundary (- phase_99 1)))))
 (let (($x29109 (and (and (= read_index 5) (not false)) (= boundary (- phase_98 1)))))
 (let (($x21256 (and (and (= read_index 4) (not false)) (= boundary (- phase_97 1)))))
 (let (($x33015 (and (and (= read_index 3) (not (= phase_40 (- phase_84 1)))) (= boundary (- phase_84 2)))))
 (let (($x59529 (and (and (= read_index 2) (not false)) (= boundary (- phase_82 1)))))
 (let (($x21569 (and (and (= read_index 1) (not false)) (= boundary (- phase_81 1)))))
 (let (($x8528 (and (and (= read_index 0) (not false)) (= boundary (- phase_50 1)))))
 (let (($x22391 (or (and $x8528 $x10494) (and $x21569 $x10494) (and $x59529 $x10494) (and $x33015 $x10494) (and $x21256 $x10494) (and $x29109 $x10494) (and $x7627 $x10494) (and $x14497 $x10494) (and $x59577 $x10494) (and $x26703 $x10494) (and $x37662 $x10494) (and $x33014 $x10494) (and $x3574 $x10494) (and $x20725 $x10494))))
 (and $x22391 (and (distinct ?x16251 read_value) true)))))))))))))))))))))))))
(check-sat)
