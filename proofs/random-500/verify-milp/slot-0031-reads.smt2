(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_76 () Int)
(declare-fun phase_90 () Int)
(declare-fun phase_100 () Int)
(declare-fun phase_151 () Int)
(declare-fun phase_233 () Int)
(declare-fun phase_379 () Int)
(declare-fun phase_431 () Int)
(declare-fun phase_455 () Int)
(declare-fun phase_461 () Int)
(declare-fun phase_471 () Int)
(declare-fun phase_488 () Int)
(declare-fun read_value () Real)
(declare-fun x_452 () Real)
(declare-fun boundary () Int)
(declare-fun x_60 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_76 4))
(assert
 (= phase_90 7))
(assert
 (= phase_100 8))
(assert
 (= phase_151 10))
(assert
 (= phase_233 18))
(assert
 (= phase_379 30))
(assert
 (= phase_431 34))
(assert
 (= phase_455 38))
(assert
 (= phase_461 38))
(assert
 (= phase_471 39))
(assert
 (= phase_488 38))
(assert
 (let ((?x115227 (* (- 1.0) x_452)))
 (let (($x54498 (>= boundary 39)))
 (let ((?x115538 (ite $x54498 ?x115227 0.0)))
 (let (($x105968 (>= boundary 37)))
 (let ((?x103489 (ite $x105968 (* 1.0 x_452) 0.0)))
 (let ((?x84637 (* (- 1.0) x_60)))
 (let (($x107459 (>= boundary 35)))
 (let ((?x97175 (ite $x107459 ?x84637 0.0)))
 (let (($x30957 (>= boundary 1)))
 (let ((?x58774 (ite $x30957 (* 1.0 x_60) 0.0)))
 (let ((?x119981 (+ ?x58774 ?x97175 ?x103489 ?x115538)))
 (let (($x15146 (= read_value x_452)))
 (let (($x22467 (and (and (= read_index 10) (not false)) (= boundary (- phase_488 1)))))
 (let (($x138617 (and (and (= read_index 9) (not false)) (= boundary (- phase_471 2)))))
 (let (($x24864 (and (and (= read_index 8) (not false)) (= boundary (- phase_461 1)))))
 (let (($x54721 (and (and (= read_index 7) (not false)) (= boundary (- phase_455 1)))))
 (let (($x60829 (= read_value x_60)))
 (let (($x121194 (and (and (= read_index 6) (not false)) (= boundary (- phase_431 1)))))
 (let (($x127290 (and (and (= read_index 5) (not false)) (= boundary (- phase_379 1)))))
 (let (($x107839 (and (and (= read_index 4) (not false)) (= boundary (- phase_233 1)))))
 (let (($x108472 (and (and (= read_index 3) (not false)) (= boundary (- phase_151 1)))))
 (let (($x41261 (and (and (= read_index 2) (not false)) (= boundary (- phase_100 1)))))
 (let (($x112950 (and (and (= read_index 1) (not false)) (= boundary (- phase_90 2)))))
 (let (($x59926 (and (and (= read_index 0) (not false)) (= boundary (- phase_76 1)))))
 (let (($x107572 (or (and $x59926 $x60829) (and $x112950 $x60829) (and $x41261 $x60829) (and $x108472 $x60829) (and $x107839 $x60829) (and $x127290 $x60829) (and $x121194 $x60829) (and $x54721 $x15146) (and $x24864 $x15146) (and $x138617 $x15146) (and $x22467 $x15146))))
 (and $x107572 (and (distinct ?x119981 read_value) true))))))))))))))))))))))))))))
(check-sat)
