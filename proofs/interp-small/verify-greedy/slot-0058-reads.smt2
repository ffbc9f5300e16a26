(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_39 () Int)
(declare-fun phase_61 () Int)
(declare-fun phase_62 () Int)
(declare-fun phase_64 () Int)
(declare-fun phase_77 () Int)
(declare-fun phase_78 () Int)
(declare-fun phase_80 () Int)
(declare-fun phase_93 () Int)
(declare-fun phase_94 () Int)
(declare-fun phase_95 () Int)
(declare-fun phase_119 () Int)
(declare-fun phase_131 () Int)
(declare-fun phase_178 () Int)
(declare-fun phase_180 () Int)
(declare-fun phase_199 () Int)
(declare-fun read_value () Real)
(declare-fun x_80 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_39 8))
(assert
 (= phase_61 22))
(assert
 (= phase_62 22))
(assert
 (= phase_64 23))
(assert
 (= phase_77 18))
(assert
 (= phase_78 18))
(assert
 (= phase_80 19))
(assert
 (= phase_93 10))
(assert
 (= phase_94 10))
(assert
 (= phase_95 10))
(assert
 (= phase_119 26))
(assert
 (= phase_131 30))
(assert
 (= phase_178 30))
(assert
 (= phase_180 34))
(assert
 (= phase_199 10))
(assert
 (let ((?x7661 (* (- 1.0) x_80)))
 (let (($x16479 (>= boundary 35)))
 (let ((?x10370 (ite $x16479 ?x7661 0.0)))
 (let (($x3716 (>= boundary 9)))
 (let ((?x3066 (ite $x3716 (* 1.0 x_80) 0.0)))
 (let ((?x11565 (+ ?x3066 ?x10370)))
 (let (($x12079 (= read_value x_80)))
 (let (($x33038 (and (and (= read_index 13) (not false)) (= boundary (- phase_199 1)))))
 (let (($x11289 (and (and (= read_index 12) (not false)) (= boundary (- phase_180 1)))))
 (let (($x26897 (and (and (= read_index 11) (not false)) (= boundary (- phase_178 1)))))
 (let (($x27879 (and (and (= read_index 10) (not false)) (= boundary (- phase_131 1)))))
 (let (($x33617 (and (and (= read_index 9) (not false)) (= boundary (- phase_119 1)))))
 (let (($x6253 (and (and (= read_index 8) (not false)) (= boundary (- phase_95 1)))))
 (let (($x5915 (and (and (= read_index 7) (not false)) (= boundary (- phase_94 1)))))
 (let (($x17826 (and (and (= read_index 6) (not false)) (= boundary (- phase_93 1)))))
 (let (($x36365 (and (and (= read_index 5) (not (= phase_39 (- phase_80 1)))) (= boundary (- phase_80 2)))))
 (let (($x12491 (and (and (= read_index 4) (not false)) (= boundary (- phase_78 1)))))
 (let (($x10506 (and (and (= read_index 3) (not false)) (= boundary (- phase_77 1)))))
 (let (($x21698 (and (and (= read_index 2) (not (= phase_39 (- phase_64 1)))) (= boundary (- phase_64 2)))))
 (let (($x26590 (and (and (= read_index 1) (not false)) (= boundary (- phase_62 1)))))
 (let (($x6206 (and (and (= read_index 0) (not false)) (= boundary (- phase_61 1)))))
 (let (($x36294 (or (and $x6206 $x12079) (and $x26590 $x12079) (and $x21698 $x12079) (and $x10506 $x12079) (and $x12491 $x12079) (and $x36365 $x12079) (and $x17826 $x12079) (and $x5915 $x12079) (and $x6253 $x12079) (and $x33617 $x12079) (and $x27879 $x12079) (and $x26897 $x12079) (and $x11289 $x12079) (and $x33038 $x12079))))
 (and $x36294 (and (distinct ?x11565 read_value) true)))))))))))))))))))))))))
(check-sat)
