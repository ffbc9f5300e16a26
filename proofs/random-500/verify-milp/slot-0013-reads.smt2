(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_2 () Int)
(declare-fun phase_4 () Int)
(declare-fun phase_6 () Int)
(declare-fun phase_7 () Int)
(declare-fun phase_10 () Int)
(declare-fun phase_11 () Int)
(declare-fun phase_15 () Int)
(declare-fun phase_23 () Int)
(declare-fun phase_29 () Int)
(declare-fun phase_40 () Int)
(declare-fun phase_50 () Int)
(declare-fun phase_106 () Int)
(declare-fun phase_111 () Int)
(declare-fun phase_130 () Int)
(declare-fun phase_139 () Int)
(declare-fun phase_144 () Int)
(declare-fun phase_202 () Int)
(declare-fun phase_250 () Int)
(declare-fun phase_394 () Int)
(declare-fun phase_464 () Int)
(declare-fun read_value () Real)
(declare-fun x_13 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_2 3))
(assert
 (= phase_4 2))
(assert
 (= phase_6 6))
(assert
 (= phase_7 2))
(assert
 (= phase_10 2))
(assert
 (= phase_11 0))
(assert
 (= phase_15 1))
(assert
 (= phase_23 2))
(assert
 (= phase_29 2))
(assert
 (= phase_40 2))
(assert
 (= phase_50 1))
(assert
 (= phase_106 2))
(assert
 (= phase_111 9))
(assert
 (= phase_130 8))
(assert
 (= phase_139 7))
(assert
 (= phase_144 8))
(assert
 (= phase_202 37))
(assert
 (= phase_250 25))
(assert
 (= phase_394 18))
(assert
 (= phase_464 39))
(assert
 (let ((?x44227 (* (- 1.0) x_13)))
 (let (($x54498 (>= boundary 39)))
 (let ((?x58785 (ite $x54498 ?x44227 0.0)))
 (let (($x15932 (>= boundary (- 1))))
 (let ((?x41236 (ite $x15932 (* 1.0 x_13) 0.0)))
 (let ((?x72340 (+ ?x41236 ?x58785)))
 (let (($x76728 (= read_value x_13)))
 (let (($x107449 (and (and (= read_index 19) (not false)) (= boundary (- phase_464 2)))))
 (let (($x84636 (and (and (= read_index 18) (not false)) (= boundary (- phase_394 1)))))
 (let (($x30690 (and (and (= read_index 17) (not false)) (= boundary (- phase_250 2)))))
 (let (($x124028 (and (and (= read_index 16) (not false)) (= boundary (- phase_202 2)))))
 (let (($x108794 (and (and (= read_index 15) (not false)) (= boundary (- phase_144 1)))))
 (let (($x90958 (and (and (= read_index 14) (not false)) (= boundary (- phase_139 2)))))
 (let (($x124749 (and (and (= read_index 13) (not false)) (= boundary (- phase_130 1)))))
 (let (($x79234 (and (and (= read_index 12) (not false)) (= boundary (- phase_111 2)))))
 (let (($x94802 (and (and (= read_index 11) (not false)) (= boundary (- phase_106 1)))))
 (let (($x67286 (and (and (= read_index 10) (not false)) (= boundary (- phase_50 2)))))
 (let (($x73423 (and (and (= read_index 9) (not false)) (= boundary (- phase_40 1)))))
 (let (($x124706 (and (and (= read_index 8) (not false)) (= boundary (- phase_29 1)))))
 (let (($x39903 (and (and (= read_index 7) (not false)) (= boundary (- phase_23 1)))))
 (let (($x111655 (and (and (= read_index 6) (not false)) (= boundary (- phase_15 2)))))
 (let (($x112002 (and (and (= read_index 5) (not false)) (= boundary (- phase_11 1)))))
 (let (($x70014 (and (and (= read_index 4) (not false)) (= boundary (- phase_10 1)))))
 (let (($x133878 (and (and (= read_index 3) (not false)) (= boundary (- phase_7 1)))))
 (let (($x106380 (and (and (= read_index 2) (not false)) (= boundary (- phase_6 1)))))
 (let (($x97658 (and (and (= read_index 1) (not false)) (= boundary (- phase_4 1)))))
 (let (($x66795 (and (and (= read_index 0) (not false)) (= boundary (- phase_2 2)))))
 (let (($x85738 (or (and $x66795 $x76728) (and $x97658 $x76728) (and $x106380 $x76728) (and $x133878 $x76728) (and $x70014 $x76728) (and $x112002 $x76728) (and $x111655 $x76728) (and $x39903 $x76728) (and $x124706 $x76728) (and $x73423 $x76728) (and $x67286 $x76728) (and $x94802 $x76728) (and $x79234 $x76728) (and $x124749 $x76728) (and $x90958 $x76728) (and $x108794 $x76728) (and $x124028 $x76728) (and $x30690 $x76728) (and $x84636 $x76728) (and $x107449 $x76728))))
 (and $x85738 (and (distinct ?x72340 read_value) true)))))))))))))))))))))))))))))))
(check-sat)
